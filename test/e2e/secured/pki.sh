#!/usr/bin/env bash
# Makes a throwaway CA with openssl and a PKCS12 keystore with keytool for Livy's TLS:
#   pki.sh DIR STOREPASS
# Writes DIR/ca.pem (trust this), DIR/livy.p12 (livy.keystore, for DNS:localhost only, so that
# https://127.0.0.1 is a wrong host), DIR/other-ca.pem (an unrelated CA).
set -euo pipefail
dir=$1 pass=$2
mkdir -p "$dir" && cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=Livy E2E Test CA" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -days 2 -subj "/CN=Unrelated CA" 2>/dev/null
keytool -genkeypair -keystore livy.p12 -storetype PKCS12 -storepass "$pass" -keypass "$pass" -alias livy \
  -keyalg RSA -keysize 2048 -dname "CN=localhost" -ext "SAN=dns:localhost" -validity 2 >/dev/null 2>&1
keytool -certreq -keystore livy.p12 -storepass "$pass" -alias livy -ext "SAN=dns:localhost" -file livy.csr >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost\n' > livy.ext
openssl x509 -req -in livy.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out livy.pem -days 2 -extfile livy.ext 2>/dev/null
keytool -importcert -noprompt -keystore livy.p12 -storepass "$pass" -alias ca -file ca.pem >/dev/null 2>&1
keytool -importcert -noprompt -keystore livy.p12 -storepass "$pass" -alias livy -file livy.pem >/dev/null 2>&1
