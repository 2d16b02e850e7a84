#compdef livy
# zsh completion for livy
# Generated from the command tree by `npm run gen` (scripts/gen.mjs); do not edit.
# Install: save it as _livy in a directory of $fpath, or `source <(livy completion zsh)`
# in ~/.zshrc after compinit.
# Values only known at run time come from `livy __complete SOURCE` (one value a line).

# __livy_values SOURCE: offers what `livy __complete SOURCE` prints.
__livy_values() {
  local -a values
  values=(${(f)"$(${_livy_bin:-livy} __complete $1 2>/dev/null)"})
  compadd -a values
}

_livy_submit() {
  _arguments -s -S -A '-*' \
    '*'{-p+,--profile=}'[Connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'').]:NAME: ' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998).]:URL: ' \
    '*'{-H+,--header=}'[Extra HTTP header '\''Name: value'\'' (repeatable).]:"NAME VALUE": ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT).]:FILE:_files' \
    '--insecure[Do not verify the server'\''s TLS certificate (warned about every time).]' \
    '*--request-timeout=[Deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s).]:DURATION: ' \
    '*'{-o+,--output=}'[Output format: json puts one JSON document on stdout and nothing else.]:text|json:(text json)' \
    '--no-color[No colour or animation (also NO_COLOR, or when not a terminal).]' \
    '--debug[Show internal details, including stack traces.]' \
    '--dry-run[Print the exact request body and send nothing.]' \
    '--async[Return as soon as the batch is created, with its id.]' \
    '*--timeout=[Stop waiting after DURATION (e.g. 90s, 10m, 1h30m); exit 4.]:DURATION: ' \
    '--kill-on-interrupt[On Ctrl-C or SIGTERM kill the batch instead of detaching.]' \
    '*--log-file=[Also write the batch log to FILE.]:FILE:_files' \
    '--driver-log[Stream the driver'\''s own stdout and stderr from its YARN container instead of Livy'\''s log (which keeps only the last lines).]' \
    '*--stage-dir=[Stage dir for local files (hdfs://namenode:8020/dir or s3a://bucket/prefix; env LIVY_STAGE_DIR; default: the profile'\''s stageDir, or the HDFS of '\''livy local --cluster yarn'\'').]:URI: ' \
    '*--webhdfs-url=[WebHDFS/HttpFS address for an hdfs:// stage dir (env LIVY_WEBHDFS_URL; default: the profile'\''s webhdfsUrl, else http://<NameNode host>:9870).]:URL: ' \
    '*--s3-endpoint=[S3-compatible endpoint (env LIVY_S3_ENDPOINT; default: the profile'\''s s3Endpoint).]:URL: ' \
    '--s3-path-style[Address buckets in the path, not the host name (the default with a custom endpoint).]' \
    '*--master=[spark://host:port, yarn, k8s://https://host:port, or local (Default: local\[*\]).]:MASTER_URL: ' \
    '*--deploy-mode=[Whether to launch the driver program locally ("client") or on one of the worker machines inside the cluster ("cluster") (Default: client).]:DEPLOY_MODE: ' \
    '*--class=[Your application'\''s main class (for Java / Scala apps).]:CLASS_NAME: ' \
    '*--name=[A name of your application.]:NAME: ' \
    '*--jars=[Comma-separated list of jars to include on the driver and executor classpaths.]:JARS:_files' \
    '*--packages=[Comma-separated list of maven coordinates of jars to include on the driver and executor classpaths. Will search the local maven repo, then maven central and any additional remote repositories given by --repositories. The format for the coordinates should be groupId:artifactId:version.]:VALUE: ' \
    '*--exclude-packages=[Comma-separated list of groupId:artifactId, to exclude while resolving the dependencies provided in --packages to avoid dependency conflicts.]:VALUE: ' \
    '*--repositories=[Comma-separated list of additional remote repositories to search for the maven coordinates given with --packages.]:VALUE: ' \
    '*--py-files=[Comma-separated list of .zip, .egg, or .py files to place on the PYTHONPATH for Python apps.]:PY_FILES:_files' \
    '*--files=[Comma-separated list of files to be placed in the working directory of each executor. File paths of these files in executors can be accessed via SparkFiles.get(fileName).]:FILES:_files' \
    '*--archives=[Comma-separated list of archives to be extracted into the working directory of each executor.]:ARCHIVES:_files' \
    '*'{-c+,--conf=}'[Arbitrary Spark configuration property.]:PROP=VALUE: ' \
    '*--properties-file=[Path to a file from which to load extra properties. If not specified, this will look for conf/spark-defaults.conf.]:FILE:_files' \
    '*--extra-properties-file=[Path to an extra properties file loaded after --properties-file; may be repeated.]:FILE:_files' \
    '--load-spark-defaults[Whether to load properties from conf/spark-defaults.conf, even if --properties-file is specified.]' \
    '*--driver-memory=[Memory for driver (e.g. 1000M, 2G) (Default: 1024M).]:MEM: ' \
    '*--driver-java-options=[Extra Java options to pass to the driver.]:VALUE: ' \
    '*--driver-library-path=[Extra library path entries to pass to the driver.]:VALUE: ' \
    '*--driver-class-path=[Extra class path entries to pass to the driver. Note that jars added with --jars are automatically included in the classpath.]:VALUE: ' \
    '*--executor-memory=[Memory per executor (e.g. 1000M, 2G) (Default: 1G).]:MEM: ' \
    '*--proxy-user=[User to impersonate when submitting the application. This argument does not work with --principal / --keytab.]:NAME: ' \
    '(-h --help)'{-h,--help}'[Show this help message and exit.]' \
    '(-v --verbose)'{-v,--verbose}'[Print additional debug output.]' \
    '--version[Print the version of current Spark.]' \
    '*--remote=[URL to connect to the server for Spark Connect, e.g., sc://host:port. --master and --deploy-mode cannot be set together with this option.]:CONNECT_URL: ' \
    '*--driver-cores=[Number of cores used by the driver, only in cluster mode (Default: 1).]:NUM: ' \
    '--supervise[If given, restarts the driver on failure.]' \
    '*--kill=[If given, kills the driver specified.]:SUBMISSION_ID: ' \
    '*--status=[If given, requests the status of the driver specified.]:SUBMISSION_ID: ' \
    '*--total-executor-cores=[Total cores for all executors.]:NUM: ' \
    '*--executor-cores=[Number of cores used by each executor. (Default: 1 in YARN and K8S modes, or all available cores on the worker in standalone mode).]:NUM: ' \
    '*--num-executors=[Number of executors to launch (Default: 2). If dynamic allocation is enabled, the initial number of executors will be at least NUM.]:NUM: ' \
    '*--principal=[Principal to be used to login to KDC.]:PRINCIPAL: ' \
    '*--keytab=[The full path to the file that contains the keytab for the principal specified above.]:KEYTAB:_files' \
    '*--queue=[The YARN queue to submit to (Default: "default").]:QUEUE_NAME: ' \
    '1:application file:_files' '*:application argument:_files' \
    && return 0
  return 1
}

_livy_batches() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('list:list batches on the server' 'get:show one batch (id or name)' 'state:print a batch'\''s state' 'logs:print a batch'\''s log (what Livy kept of it)' 'wait:wait for a batch to end, streaming its log; the exit code says how it ended' 'kill:kill a batch and remove it from the server' 'help:display help for command')
      _describe -t commands 'livy batches command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-batches-$words[1]:
      case $words[1] in
        'list'|'ls') _livy_batches_list && ret=0 ;;
        'get') _livy_batches_get && ret=0 ;;
        'state') _livy_batches_state && ret=0 ;;
        'logs'|'log') _livy_batches_logs && ret=0 ;;
        'wait') _livy_batches_wait && ret=0 ;;
        'kill'|'delete') _livy_batches_kill && ret=0 ;;
        'help') _livy_batches_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_batches_list() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--from=[skip the first n batches]:n: ' \
    '*--size=[how many to list (Livy default 100)]:n: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_batches_get() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_batches_state() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_batches_logs() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-f --follow)'{-f,--follow}'[keep printing new lines until the batch ends]' \
    '--driver[the driver'\''s complete stdout and stderr from its YARN container, not what Livy kept]' \
    '*--from=[first line to print (default: everything Livy kept)]:n: ' \
    '*--size=[how many lines to print]:n: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_batches_wait() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--timeout=[stop waiting after this long (exit 4), e.g. 30m]:duration: ' \
    '--no-log[do not stream the log while waiting]' \
    '--kill-on-interrupt[kill the batch on Ctrl-C instead of detaching]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_batches_kill() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_batches_help() {
  _arguments -s -S \
    '::command:(list get state logs wait kill)' \
    && return 0
  return 1
}

_livy_local() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('start:provision (once) and start a real Livy + Spark on 127.0.0.1 in the background' 'stop:stop the local Livy, every Spark driver it started, and its YARN cluster' 'restart:restart the local Livy alone, on the same port; a YARN cluster and its applications keep running (recovery)' 'status:show whether the local Livy runs, its URL, versions and pid, and its YARN cluster (exit 3 when not running)' 'logs:print the local Livy server'\''s log' 'env:print `export LIVY_URL=…` for the local Livy (eval "$(livy local env)")' 'hdfs:files in the local YARN cluster'\''s HDFS (through WebHDFS)' 'help:display help for command')
      _describe -t commands 'livy local command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-local-$words[1]:
      case $words[1] in
        'start') _livy_local_start && ret=0 ;;
        'stop') _livy_local_stop && ret=0 ;;
        'restart') _livy_local_restart && ret=0 ;;
        'status') _livy_local_status && ret=0 ;;
        'logs') _livy_local_logs && ret=0 ;;
        'env') _livy_local_env && ret=0 ;;
        'hdfs') _livy_local_hdfs && ret=0 ;;
        'help') _livy_local_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_local_start() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--port=[port to listen on (default 8998, or a free one when 8998 is taken)]:port: ' \
    '*--whitelist=[directory Livy may read local files from (repeatable; default the current directory)]:dir:_files -/' \
    '*--livy-version=[Livy release to run: 0.9.0-incubating or 0.8.0-incubating (default 0.9.0-incubating)]:version: ' \
    '*--from-source=[build Livy from this source release (apache-livy-<version>-src.tar.gz) when it is not provisioned yet; default $LIVY_LOCAL_SOURCE]:file|url: ' \
    '*--cluster=[where Spark runs: local (local\[*\], the default) or yarn (HDFS + YARN daemons on 127.0.0.1, cluster deploy mode) (local, yarn)]:kind:(local yarn)' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_stop() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_restart() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_status() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_logs() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-f --follow)'{-f,--follow}'[keep printing new lines until Ctrl-C]' \
    '*'{-n+,--lines=}'[number of lines from the end]:n: ' \
    '*--daemon=[whose log: livy (default) or a YARN cluster daemon (livy, namenode, datanode, resourcemanager, nodemanager)]:name:(livy namenode datanode resourcemanager nodemanager)' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_env() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_local_hdfs() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('put:copy a local file into HDFS (a remote ending in / or naming a directory gets the file name)' 'ls:list a directory (default /)' 'cat:print a file'\''s content' 'rm:delete a file (a directory with -r)' 'help:display help for command')
      _describe -t commands 'livy local hdfs command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-local-hdfs-$words[1]:
      case $words[1] in
        'put') _livy_local_hdfs_put && ret=0 ;;
        'ls') _livy_local_hdfs_ls && ret=0 ;;
        'cat') _livy_local_hdfs_cat && ret=0 ;;
        'rm') _livy_local_hdfs_rm && ret=0 ;;
        'help') _livy_local_hdfs_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_local_hdfs_put() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-f --force)'{-f,--force}'[overwrite an existing file]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':local: ' \
    ':remote: ' \
    && return 0
  return 1
}

_livy_local_hdfs_ls() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '::path:_files' \
    && return 0
  return 1
}

_livy_local_hdfs_cat() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':path:_files' \
    && return 0
  return 1
}

_livy_local_hdfs_rm() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-r --recursive)'{-r,--recursive}'[delete a directory and everything in it]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':path:_files' \
    && return 0
  return 1
}

_livy_local_hdfs_help() {
  _arguments -s -S \
    '::command:(put ls cat rm)' \
    && return 0
  return 1
}

_livy_local_help() {
  _arguments -s -S \
    '::command:(start stop restart status logs env hdfs)' \
    && return 0
  return 1
}

_livy_repl() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*'{-k+,--kind=}'[language of the code / kind of the new session (spark, scala, pyspark, python, sparkr, r, sql, shared)]:kind:(spark scala pyspark python sparkr r sql shared)' \
    '*'{-s+,--session=}'[use this existing session instead of starting one (never deleted)]:id|name: ' \
    '--keep[do not delete the session this command starts]' \
    '*--start-timeout=[delete a new session that is not idle after this long (default 10m)]:duration: ' \
    '*--heartbeat-timeout=[the server deletes the session when this client is gone this long (default 5m)]:duration: ' \
    '*--image-dir=[where images from the output are saved (default: the temp dir)]:dir:_files -/' \
    '*--history-dir=[where per-kind history is kept (default: $XDG_STATE_HOME/livy-cli or ~/.local/state/livy-cli)]:dir:_files -/' \
    '*--name=[Sent as "name", which is also the Livy batch name: unique among live batches, not all digits]:NAME: ' \
    '*--jars=[Sent as "jars", which Livy adds to any spark.jars; paths must be URIs or absolute paths the Livy server can read]:JARS:_files' \
    '*--packages=[Sent as conf spark.jars.packages; resolved on the Livy host]:VALUE: ' \
    '*--exclude-packages=[Sent as conf spark.jars.excludes]:VALUE: ' \
    '*--repositories=[Sent as conf spark.jars.repositories]:VALUE: ' \
    '*--py-files=[Sent as "pyFiles"]:PY_FILES:_files' \
    '*--files=[Sent as "files", which Livy adds to any spark.files (#alias suffixes kept)]:FILES:_files' \
    '*--archives=[Sent as "archives"; Livy passes them as spark.yarn.dist.archives (YARN only; elsewhere use --conf spark.archives=...)]:ARCHIVES:_files' \
    '*'{-c+,--conf=}'[Sent in "conf"; non-spark.* keys, spark.master and spark.submit.deployMode are dropped]:PROP=VALUE: ' \
    '*--properties-file=[Read on this machine and merged into "conf" below --conf; the server'\''s spark-defaults.conf still applies underneath]:FILE:_files' \
    '*--extra-properties-file=[Read on this machine; later files beat earlier ones and --properties-file, --conf beats them all]:FILE:_files' \
    '*--driver-memory=[Sent as "driverMemory" (so is --conf spark.driver.memory; the later one wins)]:MEM: ' \
    '*--driver-java-options=[Sent as conf spark.driver.extraJavaOptions; -Xmx is refused (use --driver-memory)]:VALUE: ' \
    '*--driver-library-path=[Sent as conf spark.driver.extraLibraryPath]:VALUE: ' \
    '*--driver-class-path=[Sent as conf spark.driver.extraClassPath (paths on the cluster)]:VALUE: ' \
    '*--executor-memory=[Sent as "executorMemory"]:MEM: ' \
    '*--proxy-user=[Sent as "proxyUser"; honoured only when the server has livy.impersonation.enabled]:NAME: ' \
    '*--driver-cores=[Sent as "driverCores"]:NUM: ' \
    '*--total-executor-cores=[Sent as conf spark.cores.max]:NUM: ' \
    '*--executor-cores=[Sent as "executorCores"]:NUM: ' \
    '*--num-executors=[Sent as "numExecutors" (0 only with spark.dynamicAllocation.enabled=true)]:NUM: ' \
    '*--principal=[Sent as conf spark.kerberos.principal; conflicts with Livy impersonation]:PRINCIPAL: ' \
    '*--keytab=[Sent as conf spark.kerberos.keytab: a path on the Livy host, not on this machine]:KEYTAB:_files' \
    '*--queue=[Sent as "queue"]:QUEUE_NAME: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_run() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*'{-k+,--kind=}'[language of the code / kind of the new session (spark, scala, pyspark, python, sparkr, r, sql, shared)]:kind:(spark scala pyspark python sparkr r sql shared)' \
    '*'{-s+,--session=}'[use this existing session instead of starting one (never deleted)]:id|name: ' \
    '--keep[do not delete the session this command starts]' \
    '*--start-timeout=[delete a new session that is not idle after this long (default 10m)]:duration: ' \
    '*--heartbeat-timeout=[the server deletes the session when this client is gone this long (default 5m)]:duration: ' \
    '*'{-e+,--execute=}'[a statement to run (repeatable: one statement each)]:code: ' \
    '--keep-going[run every statement even after one fails (exit 1 at the end)]' \
    '--no-split[run a file as one statement even if it has separator lines ('\''# %%'\'', '\''// %%'\'', '\''-- %%'\'')]' \
    '*--image-dir=[where images from the output are saved (default: the temp dir)]:dir:_files -/' \
    '*--timeout=[give up (exit 4) when the statements have not finished this long after the session is ready; it is deleted]:duration: ' \
    '*--name=[Sent as "name", which is also the Livy batch name: unique among live batches, not all digits]:NAME: ' \
    '*--jars=[Sent as "jars", which Livy adds to any spark.jars; paths must be URIs or absolute paths the Livy server can read]:JARS:_files' \
    '*--packages=[Sent as conf spark.jars.packages; resolved on the Livy host]:VALUE: ' \
    '*--exclude-packages=[Sent as conf spark.jars.excludes]:VALUE: ' \
    '*--repositories=[Sent as conf spark.jars.repositories]:VALUE: ' \
    '*--py-files=[Sent as "pyFiles"]:PY_FILES:_files' \
    '*--files=[Sent as "files", which Livy adds to any spark.files (#alias suffixes kept)]:FILES:_files' \
    '*--archives=[Sent as "archives"; Livy passes them as spark.yarn.dist.archives (YARN only; elsewhere use --conf spark.archives=...)]:ARCHIVES:_files' \
    '*'{-c+,--conf=}'[Sent in "conf"; non-spark.* keys, spark.master and spark.submit.deployMode are dropped]:PROP=VALUE: ' \
    '*--properties-file=[Read on this machine and merged into "conf" below --conf; the server'\''s spark-defaults.conf still applies underneath]:FILE:_files' \
    '*--extra-properties-file=[Read on this machine; later files beat earlier ones and --properties-file, --conf beats them all]:FILE:_files' \
    '*--driver-memory=[Sent as "driverMemory" (so is --conf spark.driver.memory; the later one wins)]:MEM: ' \
    '*--driver-java-options=[Sent as conf spark.driver.extraJavaOptions; -Xmx is refused (use --driver-memory)]:VALUE: ' \
    '*--driver-library-path=[Sent as conf spark.driver.extraLibraryPath]:VALUE: ' \
    '*--driver-class-path=[Sent as conf spark.driver.extraClassPath (paths on the cluster)]:VALUE: ' \
    '*--executor-memory=[Sent as "executorMemory"]:MEM: ' \
    '*--proxy-user=[Sent as "proxyUser"; honoured only when the server has livy.impersonation.enabled]:NAME: ' \
    '*--driver-cores=[Sent as "driverCores"]:NUM: ' \
    '*--total-executor-cores=[Sent as conf spark.cores.max]:NUM: ' \
    '*--executor-cores=[Sent as "executorCores"]:NUM: ' \
    '*--num-executors=[Sent as "numExecutors" (0 only with spark.dynamicAllocation.enabled=true)]:NUM: ' \
    '*--principal=[Sent as conf spark.kerberos.principal; conflicts with Livy impersonation]:PRINCIPAL: ' \
    '*--keytab=[Sent as conf spark.kerberos.keytab: a path on the Livy host, not on this machine]:KEYTAB:_files' \
    '*--queue=[Sent as "queue"]:QUEUE_NAME: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '::file:_files' \
    && return 0
  return 1
}

_livy_sessions() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('list:list interactive sessions on the server' 'get:show one session (id or name)' 'state:print a session'\''s state' 'logs:print a session'\''s log (what Livy kept of it)' 'statements:list a session'\''s statements (Livy keeps the last 100)' 'kill:stop a session and remove it from the server' 'help:display help for command')
      _describe -t commands 'livy sessions command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-sessions-$words[1]:
      case $words[1] in
        'list'|'ls') _livy_sessions_list && ret=0 ;;
        'get') _livy_sessions_get && ret=0 ;;
        'state') _livy_sessions_state && ret=0 ;;
        'logs'|'log') _livy_sessions_logs && ret=0 ;;
        'statements') _livy_sessions_statements && ret=0 ;;
        'kill'|'delete') _livy_sessions_kill && ret=0 ;;
        'help') _livy_sessions_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_sessions_list() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--from=[skip the first n sessions]:n: ' \
    '*--size=[how many to list (Livy default 100)]:n: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_sessions_get() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_sessions_state() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_sessions_logs() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-f --follow)'{-f,--follow}'[keep printing new lines until the session ends (Ctrl-C stops following)]' \
    '*--from=[first line to print (default: everything Livy kept)]:n: ' \
    '*--size=[how many lines to print]:n: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_sessions_statements() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--from=[skip the first n statements]:n: ' \
    '*--size=[how many to list]:n: ' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_sessions_kill() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':id: ' \
    && return 0
  return 1
}

_livy_sessions_help() {
  _arguments -s -S \
    '::command:(list get state logs statements kill)' \
    && return 0
  return 1
}

_livy_profile() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('add:save a connection profile' 'edit:change settings of a profile' 'list:list the profiles (and the built-in local one)' 'show:show a profile (secrets shown as ***)' 'use:make a profile the default for every command' 'current:show which profile and server commands use now, and why' 'rename:rename a profile' 'remove:delete a profile' 'test:check a connection: TLS, authentication, version, latency, writes, impersonation' 'help:display help for command')
      _describe -t commands 'livy profile command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-profile-$words[1]:
      case $words[1] in
        'add') _livy_profile_add && ret=0 ;;
        'edit') _livy_profile_edit && ret=0 ;;
        'list'|'ls') _livy_profile_list && ret=0 ;;
        'show') _livy_profile_show && ret=0 ;;
        'use') _livy_profile_use && ret=0 ;;
        'current') _livy_profile_current && ret=0 ;;
        'rename') _livy_profile_rename && ret=0 ;;
        'remove'|'rm') _livy_profile_remove && ret=0 ;;
        'test') _livy_profile_test && ret=0 ;;
        'help') _livy_profile_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_profile_add() {
  _arguments -s -S \
    '*--url=[Livy URL, with any gateway path prefix (https://gw:8443/gateway/default/livy/v1) (required)]:url: ' \
    '*--auth=[authentication: none, basic (LDAP), kerberos (SPNEGO), bearer (none, basic, kerberos, bearer)]:type:(none basic kerberos bearer)' \
    '*--user=[user name for basic authentication]:user: ' \
    '--password-stdin[read the password from standard input and store it (file mode 0600)]' \
    '*--password-env=[take the password from this environment variable at each use]:var: ' \
    '*--password-command=[run this shell command at each use; its output is the password]:cmd: ' \
    '--token-stdin[read the bearer token from standard input and store it (file mode 0600)]' \
    '*--token-env=[take the bearer token from this environment variable at each use]:var: ' \
    '*--token-command=[run this shell command at each use; its output is the token]:cmd: ' \
    '*--kerberos-service=[GSSAPI service for SPNEGO (default HTTP@<host of the URL>)]:name: ' \
    '*--ca-cert=[PEM CA certificate to trust]:file:_files' \
    '*--client-cert=[PEM client certificate (with --client-key)]:file:_files' \
    '*--client-key=[PEM client key]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about on every use)]' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--proxy-user=[default proxyUser (impersonation) for batches and sessions]:user: ' \
    '*--default-kind=[default session kind (spark, pyspark, sparkr, sql)]:kind: ' \
    '*--conf=[default Spark conf for batches and sessions (repeatable)]:key=value: ' \
    '*--request-timeout=[deadline of each request to this server, e.g. 2m (default 60s)]:duration: ' \
    '*--stage-dir=[where submit, run and repl upload local files: hdfs://namenode:8020/dir or s3a://bucket/prefix]:uri: ' \
    '*--webhdfs-url=[WebHDFS/HttpFS address for an hdfs:// stage dir (default http://<NameNode host>:9870)]:url: ' \
    '*--s3-endpoint=[S3-compatible endpoint for an s3a:// stage dir]:url: ' \
    '*--s3-region=[S3 region for an s3a:// stage dir (default: AWS_REGION, else us-east-1)]:region: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_edit() {
  _arguments -s -S \
    '*--url=[Livy URL, with any gateway path prefix (https://gw:8443/gateway/default/livy/v1)]:url: ' \
    '*--auth=[authentication: none, basic (LDAP), kerberos (SPNEGO), bearer (none, basic, kerberos, bearer)]:type:(none basic kerberos bearer)' \
    '*--user=[user name for basic authentication]:user: ' \
    '--password-stdin[read the password from standard input and store it (file mode 0600)]' \
    '*--password-env=[take the password from this environment variable at each use]:var: ' \
    '*--password-command=[run this shell command at each use; its output is the password]:cmd: ' \
    '--token-stdin[read the bearer token from standard input and store it (file mode 0600)]' \
    '*--token-env=[take the bearer token from this environment variable at each use]:var: ' \
    '*--token-command=[run this shell command at each use; its output is the token]:cmd: ' \
    '*--kerberos-service=[GSSAPI service for SPNEGO (default HTTP@<host of the URL>)]:name: ' \
    '*--ca-cert=[PEM CA certificate to trust]:file:_files' \
    '*--client-cert=[PEM client certificate (with --client-key)]:file:_files' \
    '*--client-key=[PEM client key]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about on every use)]' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--proxy-user=[default proxyUser (impersonation) for batches and sessions]:user: ' \
    '*--default-kind=[default session kind (spark, pyspark, sparkr, sql)]:kind: ' \
    '*--conf=[default Spark conf for batches and sessions (repeatable)]:key=value: ' \
    '*--request-timeout=[deadline of each request to this server, e.g. 2m (default 60s)]:duration: ' \
    '*--stage-dir=[where submit, run and repl upload local files: hdfs://namenode:8020/dir or s3a://bucket/prefix]:uri: ' \
    '*--webhdfs-url=[WebHDFS/HttpFS address for an hdfs:// stage dir (default http://<NameNode host>:9870)]:url: ' \
    '*--s3-endpoint=[S3-compatible endpoint for an s3a:// stage dir]:url: ' \
    '*--s3-region=[S3 region for an s3a:// stage dir (default: AWS_REGION, else us-east-1)]:region: ' \
    '--no-insecure[verify TLS certificates again]' \
    '*--unset=[remove a setting (repeatable) (user, password, token, kerberos-service, ca-cert, client-cert, headers, proxy-user, default-kind, conf, request-timeout, stage-dir, webhdfs-url, s3-endpoint, s3-region)]:setting:(user password token kerberos-service ca-cert client-cert headers proxy-user default-kind conf request-timeout stage-dir webhdfs-url s3-endpoint s3-region)' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_list() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_profile_show() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_use() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_current() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_profile_rename() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    ':new-name: ' \
    && return 0
  return 1
}

_livy_profile_remove() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_test() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '::name:__livy_values profiles' \
    && return 0
  return 1
}

_livy_profile_help() {
  _arguments -s -S \
    '::command:(add edit list show use current rename remove test)' \
    && return 0
  return 1
}

_livy_stage() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('ls:list what is staged under the stage dir' 'gc:remove staged files last written longer ago than --older-than' 'help:display help for command')
      _describe -t commands 'livy stage command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-stage-$words[1]:
      case $words[1] in
        'ls'|'list') _livy_stage_ls && ret=0 ;;
        'gc') _livy_stage_gc && ret=0 ;;
        'help') _livy_stage_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

_livy_stage_ls() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--stage-dir=[stage dir for local files (hdfs://namenode:8020/dir or s3a://bucket/prefix; env LIVY_STAGE_DIR; default: the profile'\''s stageDir, or the HDFS of '\''livy local --cluster yarn'\'')]:uri: ' \
    '*--webhdfs-url=[WebHDFS/HttpFS address for an hdfs:// stage dir (env LIVY_WEBHDFS_URL; default: the profile'\''s webhdfsUrl, else http://<NameNode host>:9870)]:url: ' \
    '*--s3-endpoint=[S3-compatible endpoint (env LIVY_S3_ENDPOINT; default: the profile'\''s s3Endpoint)]:url: ' \
    '--s3-path-style[address buckets in the path, not the host name (the default with a custom endpoint)]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_stage_gc() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '*--stage-dir=[stage dir for local files (hdfs://namenode:8020/dir or s3a://bucket/prefix; env LIVY_STAGE_DIR; default: the profile'\''s stageDir, or the HDFS of '\''livy local --cluster yarn'\'')]:uri: ' \
    '*--webhdfs-url=[WebHDFS/HttpFS address for an hdfs:// stage dir (env LIVY_WEBHDFS_URL; default: the profile'\''s webhdfsUrl, else http://<NameNode host>:9870)]:url: ' \
    '*--s3-endpoint=[S3-compatible endpoint (env LIVY_S3_ENDPOINT; default: the profile'\''s s3Endpoint)]:url: ' \
    '--s3-path-style[address buckets in the path, not the host name (the default with a custom endpoint)]' \
    '*--older-than=[age of what is removed (e.g. 12h, 7d)]:duration: ' \
    '--dry-run[list what would be removed, remove nothing]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    && return 0
  return 1
}

_livy_stage_help() {
  _arguments -s -S \
    '::command:(ls gc)' \
    && return 0
  return 1
}

_livy_completion() {
  _arguments -s -S \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    ':shell:(bash zsh fish)' \
    && return 0
  return 1
}

_livy_help() {
  _arguments -s -S \
    '::command:(submit batches local repl run sessions profile stage completion)' \
    && return 0
  return 1
}

_livy() {
  local _livy_bin=${words[1]:-livy}
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -C -s -S \
    '(-V --version)'{-V,--version}'[print this CLI'\''s version (livy submit --version adds the server'\''s)]' \
    '*'{-p+,--profile=}'[connection profile to use (env LIVY_PROFILE; default: the one set with '\''livy profile use'\'')]:name:__livy_values profiles' \
    '*--url=[Livy server URL (env LIVY_URL; default: the profile'\''s, else http://127.0.0.1:8998)]:url: ' \
    '*'{-H+,--header=}'[extra HTTP header '\''Name: value'\'' (repeatable)]:header: ' \
    '*--ca-cert=[PEM CA certificate to trust for https (env LIVY_CA_CERT)]:file:_files' \
    '--insecure[do not verify the server'\''s TLS certificate (warned about every time)]' \
    '*--request-timeout=[deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)]:duration: ' \
    '*'{-o+,--output=}'[output format: json puts one JSON document on stdout and nothing else (text, json)]:format:(text json)' \
    '--no-color[no colour or animation (also NO_COLOR, or when not a terminal)]' \
    '(-v --verbose)'{-v,--verbose}'[show each request sent (secrets redacted)]' \
    '--debug[show internal details, including stack traces]' \
    '(-h --help)'{-h,--help}'[display help for command]' \
    '1: :->command' \
    '*:: :->args' \
    && ret=0
  case $state in
    command)
      local -a commands
      commands=('submit:submit a Spark application like spark-submit, as a Livy batch, and wait for it' 'batches:inspect, follow, wait for and kill batches' 'local:run a real Apache Livy + Spark on this machine (127.0.0.1)' 'repl:an interactive Spark shell (Scala, Python, R, SQL) in a Livy session' 'run:run code in an interactive session: -e CODE, a FILE, or - for stdin' 'sessions:inspect interactive sessions, their logs and statements, and kill them' 'profile:saved connections to Livy servers: URL, authentication, TLS, defaults' 'stage:list and prune the local files livy submit staged under the stage dir' 'completion:print the shell completion script for bash, zsh or fish' 'help:display help for command')
      _describe -t commands 'livy command' commands && ret=0 ;;
    args)
      curcontext=${curcontext%:*:*}:livy-$words[1]:
      case $words[1] in
        'submit') _livy_submit && ret=0 ;;
        'batches'|'batch') _livy_batches && ret=0 ;;
        'local') _livy_local && ret=0 ;;
        'repl') _livy_repl && ret=0 ;;
        'run') _livy_run && ret=0 ;;
        'sessions'|'session') _livy_sessions && ret=0 ;;
        'profile') _livy_profile && ret=0 ;;
        'stage') _livy_stage && ret=0 ;;
        'completion') _livy_completion && ret=0 ;;
        'help') _livy_help && ret=0 ;;
      esac ;;
  esac
  return ret
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _livy "$@"
else
  compdef _livy livy
fi
