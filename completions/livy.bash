# bash completion for livy                                    -*- shell-script -*-
# Generated from the command tree by `npm run gen` (scripts/gen.mjs); do not edit.
# Install: `source <(livy completion bash)` in ~/.bashrc, or save it as
# ~/.local/share/bash-completion/completions/livy.
# Values only known at run time come from `livy __complete SOURCE` (one value a line).

# _livy_child PATH WORD: REPLY is the canonical name of subcommand WORD of command PATH, or ''.
_livy_child() {
  REPLY=
  case "$1/$2" in
    /submit) REPLY=submit ;;
    /batches|/batch) REPLY=batches ;;
    /local) REPLY=local ;;
    /repl) REPLY=repl ;;
    /run) REPLY=run ;;
    /sessions|/session) REPLY=sessions ;;
    /profile) REPLY=profile ;;
    /stage) REPLY=stage ;;
    /completion) REPLY=completion ;;
    /help) REPLY=help ;;
    batches/list|batches/ls) REPLY=list ;;
    batches/get) REPLY=get ;;
    batches/state) REPLY=state ;;
    batches/logs|batches/log) REPLY=logs ;;
    batches/wait) REPLY=wait ;;
    batches/kill|batches/delete) REPLY=kill ;;
    batches/help) REPLY=help ;;
    local/start) REPLY=start ;;
    local/stop) REPLY=stop ;;
    local/restart) REPLY=restart ;;
    local/status) REPLY=status ;;
    local/logs) REPLY=logs ;;
    local/env) REPLY=env ;;
    local/hdfs) REPLY=hdfs ;;
    local/help) REPLY=help ;;
    'local hdfs/put') REPLY=put ;;
    'local hdfs/ls') REPLY=ls ;;
    'local hdfs/cat') REPLY=cat ;;
    'local hdfs/rm') REPLY=rm ;;
    'local hdfs/help') REPLY=help ;;
    sessions/list|sessions/ls) REPLY=list ;;
    sessions/get) REPLY=get ;;
    sessions/state) REPLY=state ;;
    sessions/logs|sessions/log) REPLY=logs ;;
    sessions/statements) REPLY=statements ;;
    sessions/kill|sessions/delete) REPLY=kill ;;
    sessions/help) REPLY=help ;;
    profile/add) REPLY=add ;;
    profile/edit) REPLY=edit ;;
    profile/list|profile/ls) REPLY=list ;;
    profile/show) REPLY=show ;;
    profile/use) REPLY=use ;;
    profile/current) REPLY=current ;;
    profile/rename) REPLY=rename ;;
    profile/remove|profile/rm) REPLY=remove ;;
    profile/test) REPLY=test ;;
    profile/help) REPLY=help ;;
    stage/ls|stage/list) REPLY=ls ;;
    stage/gc) REPLY=gc ;;
    stage/help) REPLY=help ;;
  esac
}

# _livy_value PATH OPTION: REPLY says how OPTION's value completes; '' if it takes no value.
_livy_value() {
  REPLY=
  case $1 in
    '')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    submit)
      case $2 in
        -p|--profile|--url|-H|--header|--request-timeout|--timeout|--stage-dir|--webhdfs-url|--s3-endpoint|--master|--deploy-mode|--class|--name|--packages|--exclude-packages|--repositories|-c|--conf|--driver-memory|--driver-java-options|--driver-library-path|--driver-class-path|--executor-memory|--proxy-user|--remote|--driver-cores|--kill|--status|--total-executor-cores|--executor-cores|--num-executors|--principal|--queue) REPLY=none ;;
        --ca-cert|--log-file|--jars|--py-files|--files|--archives|--properties-file|--extra-properties-file|--keytab) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches list')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--from|--size) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches get')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches state')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches logs')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--from|--size) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches wait')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'batches kill')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local start')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--port|--livy-version|--from-source) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
        --whitelist) REPLY=dirs ;;
        --cluster) REPLY='choices:local yarn' ;;
      esac ;;
    'local stop')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local restart')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local status')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local logs')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|-n|--lines) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
        --daemon) REPLY='choices:livy namenode datanode resourcemanager nodemanager' ;;
      esac ;;
    'local env')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local hdfs put')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local hdfs ls')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local hdfs cat')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'local hdfs rm')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    repl)
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|-s|--session|--start-timeout|--heartbeat-timeout|--name|--packages|--exclude-packages|--repositories|-c|--conf|--driver-memory|--driver-java-options|--driver-library-path|--driver-class-path|--executor-memory|--proxy-user|--driver-cores|--total-executor-cores|--executor-cores|--num-executors|--principal|--queue) REPLY=none ;;
        --ca-cert|--jars|--py-files|--files|--archives|--properties-file|--extra-properties-file|--keytab) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
        -k|--kind) REPLY='choices:spark scala pyspark python sparkr r sql shared' ;;
        --image-dir|--history-dir) REPLY=dirs ;;
      esac ;;
    run)
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|-s|--session|--start-timeout|--heartbeat-timeout|-e|--execute|--timeout|--name|--packages|--exclude-packages|--repositories|-c|--conf|--driver-memory|--driver-java-options|--driver-library-path|--driver-class-path|--executor-memory|--proxy-user|--driver-cores|--total-executor-cores|--executor-cores|--num-executors|--principal|--queue) REPLY=none ;;
        --ca-cert|--jars|--py-files|--files|--archives|--properties-file|--extra-properties-file|--keytab) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
        -k|--kind) REPLY='choices:spark scala pyspark python sparkr r sql shared' ;;
        --image-dir) REPLY=dirs ;;
      esac ;;
    'sessions list')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--from|--size) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'sessions get')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'sessions state')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'sessions logs')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--from|--size) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'sessions statements')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--from|--size) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'sessions kill')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile add')
      case $2 in
        --url|--user|--password-env|--password-command|--token-env|--token-command|--kerberos-service|-H|--header|--proxy-user|--default-kind|--conf|--request-timeout|--stage-dir|--webhdfs-url|--s3-endpoint|--s3-region) REPLY=none ;;
        --auth) REPLY='choices:none basic kerberos bearer' ;;
        --ca-cert|--client-cert|--client-key) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile edit')
      case $2 in
        --url|--user|--password-env|--password-command|--token-env|--token-command|--kerberos-service|-H|--header|--proxy-user|--default-kind|--conf|--request-timeout|--stage-dir|--webhdfs-url|--s3-endpoint|--s3-region) REPLY=none ;;
        --auth) REPLY='choices:none basic kerberos bearer' ;;
        --ca-cert|--client-cert|--client-key) REPLY=files ;;
        --unset) REPLY='choices:user password token kerberos-service ca-cert client-cert headers proxy-user default-kind conf request-timeout stage-dir webhdfs-url s3-endpoint s3-region' ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile list')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile show')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile use')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile current')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile rename')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile remove')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'profile test')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'stage ls')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--stage-dir|--webhdfs-url|--s3-endpoint) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    'stage gc')
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout|--stage-dir|--webhdfs-url|--s3-endpoint|--older-than) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
    completion)
      case $2 in
        -p|--profile) REPLY=dynamic:profiles ;;
        --url|-H|--header|--request-timeout) REPLY=none ;;
        --ca-cert) REPLY=files ;;
        -o|--output) REPLY='choices:text json' ;;
      esac ;;
  esac
}

# _livy_command PATH: its subcommands, options, whether it parses its own argv (options only
# before the first operand, then everything completes as files), and how operands complete.
_livy_command() {
  _livy_subs= _livy_opts= _livy_ext=0 _livy_argsrep=0 _livy_args=()
  case $1 in
    '')
      _livy_subs='submit batches local repl run sessions profile stage completion help'
      _livy_opts='-V --version -p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    submit)
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color --debug --dry-run --async --timeout --kill-on-interrupt --log-file --driver-log --stage-dir --webhdfs-url --s3-endpoint --s3-path-style --master --deploy-mode --class --name --jars --packages --exclude-packages --repositories --py-files --files --archives -c --conf --properties-file --extra-properties-file --load-spark-defaults --driver-memory --driver-java-options --driver-library-path --driver-class-path --executor-memory --proxy-user -h --help -v --verbose --version --remote --driver-cores --supervise --kill --status --total-executor-cores --executor-cores --num-executors --principal --keytab --queue'
      _livy_ext=1 _livy_argsrep=1
      _livy_args=(files) ;;
    batches)
      _livy_subs='list get state logs wait kill help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'batches list')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --from --size -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'batches get')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'batches state')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'batches logs')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -f --follow --driver --from --size -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'batches wait')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --timeout --no-log --kill-on-interrupt -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'batches kill')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'batches help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:list get state logs wait kill') ;;
    local)
      _livy_subs='start stop restart status logs env hdfs help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local start')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --port --whitelist --livy-version --from-source --cluster -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local stop')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local restart')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local status')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local logs')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -f --follow -n --lines --daemon -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local env')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local hdfs')
      _livy_subs='put ls cat rm help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'local hdfs put')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -f --force -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none none) ;;
    'local hdfs ls')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(files) ;;
    'local hdfs cat')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(files) ;;
    'local hdfs rm')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -r --recursive -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(files) ;;
    'local hdfs help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:put ls cat rm') ;;
    'local help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:start stop restart status logs env hdfs') ;;
    repl)
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -k --kind -s --session --keep --start-timeout --heartbeat-timeout --image-dir --history-dir --name --jars --packages --exclude-packages --repositories --py-files --files --archives -c --conf --properties-file --extra-properties-file --driver-memory --driver-java-options --driver-library-path --driver-class-path --executor-memory --proxy-user --driver-cores --total-executor-cores --executor-cores --num-executors --principal --keytab --queue -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    run)
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -k --kind -s --session --keep --start-timeout --heartbeat-timeout -e --execute --keep-going --no-split --image-dir --timeout --name --jars --packages --exclude-packages --repositories --py-files --files --archives -c --conf --properties-file --extra-properties-file --driver-memory --driver-java-options --driver-library-path --driver-class-path --executor-memory --proxy-user --driver-cores --total-executor-cores --executor-cores --num-executors --principal --keytab --queue -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(files) ;;
    sessions)
      _livy_subs='list get state logs statements kill help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'sessions list')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --from --size -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'sessions get')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'sessions state')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'sessions logs')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -f --follow --from --size -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'sessions statements')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --from --size -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'sessions kill')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(none) ;;
    'sessions help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:list get state logs statements kill') ;;
    profile)
      _livy_subs='add edit list show use current rename remove test help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'profile add')
      _livy_subs=''
      _livy_opts='--url --auth --user --password-stdin --password-env --password-command --token-stdin --token-env --token-command --kerberos-service --ca-cert --client-cert --client-key --insecure -H --header --proxy-user --default-kind --conf --request-timeout --stage-dir --webhdfs-url --s3-endpoint --s3-region -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile edit')
      _livy_subs=''
      _livy_opts='--url --auth --user --password-stdin --password-env --password-command --token-stdin --token-env --token-command --kerberos-service --ca-cert --client-cert --client-key --insecure -H --header --proxy-user --default-kind --conf --request-timeout --stage-dir --webhdfs-url --s3-endpoint --s3-region --no-insecure --unset -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile list')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'profile show')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile use')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile current')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'profile rename')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles none) ;;
    'profile remove')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile test')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=(dynamic:profiles) ;;
    'profile help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:add edit list show use current rename remove test') ;;
    stage)
      _livy_subs='ls gc help'
      _livy_opts='-h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'stage ls')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --stage-dir --webhdfs-url --s3-endpoint --s3-path-style -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'stage gc')
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug --stage-dir --webhdfs-url --s3-endpoint --s3-path-style --older-than --dry-run -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=() ;;
    'stage help')
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:ls gc') ;;
    completion)
      _livy_subs=''
      _livy_opts='-p --profile --url -H --header --ca-cert --insecure --request-timeout -o --output --no-color -v --verbose --debug -h --help'
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:bash zsh fish') ;;
    help)
      _livy_subs=''
      _livy_opts=''
      _livy_ext=0 _livy_argsrep=0
      _livy_args=('choices:submit batches local repl run sessions profile stage completion') ;;
  esac
}

# _livy_complete_value HOW PREFIX [STEM]: fills COMPREPLY (each candidate prefixed with STEM).
_livy_complete_value() {
  local IFS=$'\n' how=$1 cur=$2 stem=$3
  case $how in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    choices:*) IFS=$' \t\n'; COMPREPLY=($(compgen -W "${how#choices:}" -- "$cur")) ;;
    dynamic:*) COMPREPLY=($(compgen -W "$("$_livy_bin" __complete "${how#dynamic:}" 2>/dev/null)" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
  if [[ -n $stem ]]; then COMPREPLY=("${COMPREPLY[@]/#/$stem}"); fi
}

_livy() {
  local cur=${COMP_WORDS[COMP_CWORD]} _livy_bin=${COMP_WORDS[0]}
  local path= rest=0 npos=0 i w REPLY valspec=
  local _livy_subs _livy_opts _livy_ext _livy_argsrep _livy_args
  COMPREPLY=()
  _livy_command ''
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    if [[ $w == = ]]; then i=$((i + 1)); continue; fi # '--opt=value' split at '=': skip the value
    if ((rest)); then npos=$((npos + 1)); continue; fi
    if [[ $w == -- ]]; then rest=1; continue; fi
    if [[ $w == -?* ]]; then
      _livy_value "$path" "${w%%=*}"
      if [[ -n $REPLY && $w != *=* && ${COMP_WORDS[i + 1]} != = ]]; then
        if ((i + 1 == COMP_CWORD)); then valspec=$REPLY; else i=$((i + 1)); fi
      fi
      continue
    fi
    _livy_child "$path" "$w"
    if [[ -n $REPLY && $npos == 0 ]]; then
      path=${path:+$path }$REPLY
      _livy_command "$path"
      continue
    fi
    npos=$((npos + 1))
    if ((_livy_ext)); then rest=1; fi
  done

  if ((!rest)); then
    if [[ $cur == = ]] && ((COMP_CWORD >= 2)); then
      _livy_value "$path" "${COMP_WORDS[COMP_CWORD - 1]}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" ''; return 0; fi
    elif [[ ${COMP_WORDS[COMP_CWORD - 1]} == = ]] && ((COMP_CWORD >= 3)); then
      _livy_value "$path" "${COMP_WORDS[COMP_CWORD - 2]}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" "$cur"; return 0; fi
    elif [[ $cur == -?*=* ]]; then
      _livy_value "$path" "${cur%%=*}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" "${cur#*=}" "${cur%%=*}="; return 0; fi
    elif [[ -n $valspec ]]; then
      _livy_complete_value "$valspec" "$cur"
      return 0
    fi
    if [[ $cur == -* ]]; then
      local IFS=$' \t\n'
      COMPREPLY=($(compgen -W "$_livy_opts" -- "$cur"))
      return 0
    fi
    if ((npos == 0)) && [[ -n $_livy_subs ]]; then
      local IFS=$' \t\n'
      COMPREPLY=($(compgen -W "$_livy_subs" -- "$cur"))
      return 0
    fi
  fi
  local n=${#_livy_args[@]}
  if ((npos < n)); then
    _livy_complete_value "${_livy_args[npos]}" "$cur"
  elif ((n > 0 && _livy_argsrep)); then
    _livy_complete_value "${_livy_args[n - 1]}" "$cur"
  fi
  return 0
}

complete -F _livy livy
