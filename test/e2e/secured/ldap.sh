#!/usr/bin/env bash
# A throwaway OpenLDAP (Debian's slapd) on 127.0.0.1 with one user, for Livy's LDAP auth:
#   ldap.sh start DIR PORT USER PASSWORD   → ldap://127.0.0.1:PORT, users under ou=people,dc=livy,dc=test
#   ldap.sh stop DIR
# Needs slapd and ldap-utils (apt-get install slapd ldap-utils); runs as root in CI.
set -euo pipefail
cmd=$1 dir=$2
case "$cmd" in
start)
  port=$3 user=$4 password=$5
  mkdir -p "$dir/db"
  modules=/usr/lib/ldap
  cat > "$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $dir/slapd.pid
modulepath $modules
moduleload back_mdb
database mdb
maxsize 10485760
suffix "dc=livy,dc=test"
rootdn "cn=admin,dc=livy,dc=test"
rootpw admin-secret
directory $dir/db
access to attrs=userPassword by anonymous auth by self write by * none
access to * by * read
CONF
  hashed=$(slappasswd -s "$password")
  cat > "$dir/base.ldif" <<LDIF
dn: dc=livy,dc=test
objectClass: dcObject
objectClass: organization
o: Livy test
dc: livy

dn: ou=people,dc=livy,dc=test
objectClass: organizationalUnit
ou: people

dn: uid=$user,ou=people,dc=livy,dc=test
objectClass: inetOrgPerson
uid: $user
cn: $user
sn: $user
userPassword: $hashed
LDIF
  slapadd -f "$dir/slapd.conf" -l "$dir/base.ldif" >/dev/null 2>&1
  slapd -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/"
  for _ in $(seq 1 50); do
    ldapwhoami -x -H "ldap://127.0.0.1:$port" -D "uid=$user,ou=people,dc=livy,dc=test" -w "$password" >/dev/null 2>&1 && exit 0
    sleep 0.2
  done
  echo "slapd did not come up on port $port" >&2
  exit 1
  ;;
stop)
  if [ -f "$dir/slapd.pid" ]; then kill "$(cat "$dir/slapd.pid")" 2>/dev/null || true; fi
  ;;
esac
