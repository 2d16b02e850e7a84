#!/usr/bin/env bash
# A throwaway MIT Kerberos KDC (Debian's krb5-kdc) for realm LIVY.TEST on 127.0.0.1:
#   kdc.sh start DIR PORT USER PASSWORD   → DIR/krb5.conf, DIR/http.keytab (HTTP/localhost@LIVY.TEST)
#   kdc.sh stop DIR
# Clients use KRB5_CONFIG=DIR/krb5.conf. Needs krb5-kdc, krb5-admin-server (kadmin.local), krb5-user.
set -euo pipefail
cmd=$1 dir=$2
export KRB5_CONFIG="$dir/krb5.conf" KRB5_KDC_PROFILE="$dir/kdc.conf"
case "$cmd" in
start)
  port=$3 user=$4 password=$5
  mkdir -p "$dir"
  cat > "$dir/krb5.conf" <<CONF
[libdefaults]
  default_realm = LIVY.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  dns_canonicalize_hostname = false
  rdns = false
  udp_preference_limit = 1
  default_ccache_name = FILE:$dir/default-ccache
[realms]
  LIVY.TEST = {
    kdc = 127.0.0.1:$port
    admin_server = 127.0.0.1:$port
  }
[domain_realm]
  localhost = LIVY.TEST
CONF
  cat > "$dir/kdc.conf" <<CONF
[kdcdefaults]
  kdc_ports = $port
  kdc_tcp_ports = $port
[realms]
  LIVY.TEST = {
    database_name = $dir/principal
    key_stash_file = $dir/stash
    acl_file = $dir/kadm5.acl
    supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    max_life = 1h
  }
[logging]
  kdc = FILE:$dir/kdc.log
CONF
  : > "$dir/kadm5.acl"
  kdb5_util create -s -r LIVY.TEST -P master-secret >/dev/null 2>&1
  kadmin.local -q "addprinc -pw $password $user" >/dev/null 2>&1
  kadmin.local -q "addprinc -randkey HTTP/localhost" >/dev/null 2>&1
  kadmin.local -q "ktadd -k $dir/http.keytab HTTP/localhost" >/dev/null 2>&1
  krb5kdc -P "$dir/kdc.pid"
  for _ in $(seq 1 50); do
    [ -s "$dir/kdc.pid" ] && exit 0
    sleep 0.2
  done
  echo "krb5kdc did not start" >&2
  exit 1
  ;;
stop)
  if [ -f "$dir/kdc.pid" ]; then kill "$(cat "$dir/kdc.pid")" 2>/dev/null || true; fi
  ;;
esac
