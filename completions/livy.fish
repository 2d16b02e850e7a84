# fish completion for livy
# Generated from the command tree by `npm run gen` (scripts/gen.mjs); do not edit.
# Install: save it as ~/.config/fish/completions/livy.fish, or `livy completion fish | source`.
# Values only known at run time come from `livy __complete SOURCE` (one value a line).

# __livy_child PATH WORD: prints the canonical name of subcommand WORD of PATH; fails if none.
function __livy_child
    switch "$argv[1]|$argv[2]"
        case 'livy|submit'
            echo 'submit'
        case 'livy|batches' 'livy|batch'
            echo 'batches'
        case 'livy|local'
            echo 'local'
        case 'livy|completion'
            echo 'completion'
        case 'livy|help'
            echo 'help'
        case 'livy batches|list' 'livy batches|ls'
            echo 'list'
        case 'livy batches|get'
            echo 'get'
        case 'livy batches|state'
            echo 'state'
        case 'livy batches|logs' 'livy batches|log'
            echo 'logs'
        case 'livy batches|wait'
            echo 'wait'
        case 'livy batches|kill' 'livy batches|delete'
            echo 'kill'
        case 'livy batches|help'
            echo 'help'
        case 'livy local|start'
            echo 'start'
        case 'livy local|stop'
            echo 'stop'
        case 'livy local|status'
            echo 'status'
        case 'livy local|logs'
            echo 'logs'
        case 'livy local|env'
            echo 'env'
        case 'livy local|help'
            echo 'help'
        case '*'
            return 1
    end
end

# __livy_takes_value PATH OPTION: succeeds if OPTION of command PATH takes a value.
function __livy_takes_value
    switch "$argv[1]|$argv[2]"
        case 'livy|--url' 'livy|-H' 'livy|--header' 'livy|-o' 'livy|--output'
            return 0
        case 'livy submit|--url' 'livy submit|--header' 'livy submit|--timeout' 'livy submit|--master' 'livy submit|--deploy-mode' 'livy submit|--class' 'livy submit|--name' 'livy submit|--packages' 'livy submit|--exclude-packages' 'livy submit|--repositories' 'livy submit|-c' 'livy submit|--conf' 'livy submit|--driver-memory' 'livy submit|--driver-java-options' 'livy submit|--driver-library-path' 'livy submit|--driver-class-path' 'livy submit|--executor-memory' 'livy submit|--proxy-user' 'livy submit|--remote' 'livy submit|--driver-cores' 'livy submit|--kill' 'livy submit|--status' 'livy submit|--total-executor-cores' 'livy submit|--executor-cores' 'livy submit|--num-executors' 'livy submit|--principal' 'livy submit|--queue' 'livy submit|-o' 'livy submit|--output' 'livy submit|--log-file' 'livy submit|--jars' 'livy submit|--py-files' 'livy submit|--files' 'livy submit|--archives' 'livy submit|--properties-file' 'livy submit|--extra-properties-file' 'livy submit|--keytab'
            return 0
        case 'livy batches list|--url' 'livy batches list|-H' 'livy batches list|--header' 'livy batches list|--from' 'livy batches list|--size' 'livy batches list|-o' 'livy batches list|--output'
            return 0
        case 'livy batches get|--url' 'livy batches get|-H' 'livy batches get|--header' 'livy batches get|-o' 'livy batches get|--output'
            return 0
        case 'livy batches state|--url' 'livy batches state|-H' 'livy batches state|--header' 'livy batches state|-o' 'livy batches state|--output'
            return 0
        case 'livy batches logs|--url' 'livy batches logs|-H' 'livy batches logs|--header' 'livy batches logs|--from' 'livy batches logs|--size' 'livy batches logs|-o' 'livy batches logs|--output'
            return 0
        case 'livy batches wait|--url' 'livy batches wait|-H' 'livy batches wait|--header' 'livy batches wait|--timeout' 'livy batches wait|-o' 'livy batches wait|--output'
            return 0
        case 'livy batches kill|--url' 'livy batches kill|-H' 'livy batches kill|--header' 'livy batches kill|-o' 'livy batches kill|--output'
            return 0
        case 'livy local start|--url' 'livy local start|-H' 'livy local start|--header' 'livy local start|--port' 'livy local start|-o' 'livy local start|--output' 'livy local start|--whitelist'
            return 0
        case 'livy local stop|--url' 'livy local stop|-H' 'livy local stop|--header' 'livy local stop|-o' 'livy local stop|--output'
            return 0
        case 'livy local status|--url' 'livy local status|-H' 'livy local status|--header' 'livy local status|-o' 'livy local status|--output'
            return 0
        case 'livy local logs|--url' 'livy local logs|-H' 'livy local logs|--header' 'livy local logs|-n' 'livy local logs|--lines' 'livy local logs|-o' 'livy local logs|--output'
            return 0
        case 'livy local env|--url' 'livy local env|-H' 'livy local env|--header' 'livy local env|-o' 'livy local env|--output'
            return 0
        case 'livy completion|--url' 'livy completion|-H' 'livy completion|--header' 'livy completion|-o' 'livy completion|--output'
            return 0
    end
    return 1
end

# __livy_external PATH: succeeds if command PATH parses its own argv (options only before the
# first operand; everything after it is the application's).
function __livy_external
    contains -- "$argv[1]" 'livy submit'
end

# __livy_state: prints the command path ('livy batches list'), 'opts' or 'rest' (options no
# longer parsed), and how many operands precede the cursor. Cached per command line.
function __livy_state
    set -l line (commandline -pc)
    if test "$line" = "$__livy_state_line"
        printf '%s\n' $__livy_state_cache
        return
    end
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l path livy
    set -l mode opts
    set -l npos 0
    set -l skip 0
    for w in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if test $mode = rest
            set npos (math $npos + 1)
            continue
        end
        if test "$w" = --
            set mode rest
            continue
        end
        if string match -q -- '-?*' "$w"
            if not string match -q -- '*=*' "$w"; and __livy_takes_value "$path" "$w"
                set skip 1
            end
            continue
        end
        set -l child (__livy_child "$path" "$w")
        if test $npos = 0; and test -n "$child"
            set path "$path $child"
            continue
        end
        set npos (math $npos + 1)
        if __livy_external "$path"
            set mode rest
        end
    end
    set -g __livy_state_line $line
    set -g __livy_state_cache $path $mode $npos
    printf '%s\n' $path $mode $npos
end

# __livy_at PATH: options of PATH apply here.
function __livy_at
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; and test "$state[2]" = opts
end

# __livy_sub PATH: a subcommand of PATH goes here.
function __livy_sub
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; and test "$state[2]" = opts; and test "$state[3]" = 0
end

# __livy_arg PATH FIRST LAST: the operand here is number FIRST..LAST (LAST '' = no limit) of PATH.
function __livy_arg
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; or return 1
    test "$state[3]" -ge "$argv[2]"; or return 1
    test -z "$argv[3]"; or test "$state[3]" -le "$argv[3]"
end

# __livy_values SOURCE: what `livy __complete SOURCE` prints.
function __livy_values
    set -l bin (commandline -opc)[1]
    $bin __complete $argv[1] 2>/dev/null
end

complete -c livy -e
complete -c livy -f

# livy
complete -c livy -n '__livy_sub "livy"' -a 'submit' -d 'submit a Spark application like spark-submit, as a Livy batch, and wait for it'
complete -c livy -n '__livy_sub "livy"' -a 'batches' -d 'inspect, follow, wait for and kill batches'
complete -c livy -n '__livy_sub "livy"' -a 'local' -d 'run a real Apache Livy + Spark on this machine (127.0.0.1)'
complete -c livy -n '__livy_sub "livy"' -a 'completion' -d 'print the shell completion script for bash, zsh or fish'
complete -c livy -n '__livy_sub "livy"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy"' -s 'V' -l 'version' -d 'print the version'
complete -c livy -n '__livy_at "livy"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy"' -s 'h' -l 'help' -d 'display help for command'
# livy submit
complete -c livy -n '__livy_at "livy submit"' -l 'url' -x -d 'Livy server URL (default: $LIVY_URL, then http://127.0.0.1:8998).'
complete -c livy -n '__livy_at "livy submit"' -l 'header' -x -d 'Extra HTTP header on every request; repeatable.'
complete -c livy -n '__livy_at "livy submit"' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: json puts one JSON document on stdout and nothing else.'
complete -c livy -n '__livy_at "livy submit"' -l 'dry-run' -d 'Print the exact request body and send nothing.'
complete -c livy -n '__livy_at "livy submit"' -l 'async' -d 'Return as soon as the batch is created, with its id.'
complete -c livy -n '__livy_at "livy submit"' -l 'timeout' -x -d 'Stop waiting after DURATION (e.g. 90s, 10m, 1h30m); exit 4.'
complete -c livy -n '__livy_at "livy submit"' -l 'kill-on-interrupt' -d 'On Ctrl-C or SIGTERM kill the batch instead of detaching.'
complete -c livy -n '__livy_at "livy submit"' -l 'no-color' -d 'No colours or spinners (also NO_COLOR, or when not a TTY).'
complete -c livy -n '__livy_at "livy submit"' -l 'debug' -d 'Show stack traces and HTTP exchanges.'
complete -c livy -n '__livy_at "livy submit"' -l 'log-file' -r -F -d 'Also write the batch log to FILE.'
complete -c livy -n '__livy_at "livy submit"' -l 'master' -x -d 'spark://host:port, yarn, k8s://https://host:port, or local (Default: local[*]).'
complete -c livy -n '__livy_at "livy submit"' -l 'deploy-mode' -x -d 'Whether to launch the driver program locally ("client") or on one of the worker machines inside the cluster ("cluster") (Default: client).'
complete -c livy -n '__livy_at "livy submit"' -l 'class' -x -d 'Your application\'s main class (for Java / Scala apps).'
complete -c livy -n '__livy_at "livy submit"' -l 'name' -x -d 'A name of your application.'
complete -c livy -n '__livy_at "livy submit"' -l 'jars' -r -F -d 'Comma-separated list of jars to include on the driver and executor classpaths.'
complete -c livy -n '__livy_at "livy submit"' -l 'packages' -x -d 'Comma-separated list of maven coordinates of jars to include on the driver and executor classpaths. Will search the local maven repo, then maven central and any additional remote repositories given by --repositories. The format for the coordinates should be groupId:artifactId:version.'
complete -c livy -n '__livy_at "livy submit"' -l 'exclude-packages' -x -d 'Comma-separated list of groupId:artifactId, to exclude while resolving the dependencies provided in --packages to avoid dependency conflicts.'
complete -c livy -n '__livy_at "livy submit"' -l 'repositories' -x -d 'Comma-separated list of additional remote repositories to search for the maven coordinates given with --packages.'
complete -c livy -n '__livy_at "livy submit"' -l 'py-files' -r -F -d 'Comma-separated list of .zip, .egg, or .py files to place on the PYTHONPATH for Python apps.'
complete -c livy -n '__livy_at "livy submit"' -l 'files' -r -F -d 'Comma-separated list of files to be placed in the working directory of each executor. File paths of these files in executors can be accessed via SparkFiles.get(fileName).'
complete -c livy -n '__livy_at "livy submit"' -l 'archives' -r -F -d 'Comma-separated list of archives to be extracted into the working directory of each executor.'
complete -c livy -n '__livy_at "livy submit"' -s 'c' -l 'conf' -x -d 'Arbitrary Spark configuration property.'
complete -c livy -n '__livy_at "livy submit"' -l 'properties-file' -r -F -d 'Path to a file from which to load extra properties. If not specified, this will look for conf/spark-defaults.conf.'
complete -c livy -n '__livy_at "livy submit"' -l 'extra-properties-file' -r -F -d 'Path to an extra properties file loaded after --properties-file; may be repeated.'
complete -c livy -n '__livy_at "livy submit"' -l 'load-spark-defaults' -d 'Whether to load properties from conf/spark-defaults.conf, even if --properties-file is specified.'
complete -c livy -n '__livy_at "livy submit"' -l 'driver-memory' -x -d 'Memory for driver (e.g. 1000M, 2G) (Default: 1024M).'
complete -c livy -n '__livy_at "livy submit"' -l 'driver-java-options' -x -d 'Extra Java options to pass to the driver.'
complete -c livy -n '__livy_at "livy submit"' -l 'driver-library-path' -x -d 'Extra library path entries to pass to the driver.'
complete -c livy -n '__livy_at "livy submit"' -l 'driver-class-path' -x -d 'Extra class path entries to pass to the driver. Note that jars added with --jars are automatically included in the classpath.'
complete -c livy -n '__livy_at "livy submit"' -l 'executor-memory' -x -d 'Memory per executor (e.g. 1000M, 2G) (Default: 1G).'
complete -c livy -n '__livy_at "livy submit"' -l 'proxy-user' -x -d 'User to impersonate when submitting the application. This argument does not work with --principal / --keytab.'
complete -c livy -n '__livy_at "livy submit"' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c livy -n '__livy_at "livy submit"' -s 'v' -l 'verbose' -d 'Print additional debug output.'
complete -c livy -n '__livy_at "livy submit"' -l 'version' -d 'Print the version of current Spark.'
complete -c livy -n '__livy_at "livy submit"' -l 'remote' -x -d 'URL to connect to the server for Spark Connect, e.g., sc://host:port. --master and --deploy-mode cannot be set together with this option.'
complete -c livy -n '__livy_at "livy submit"' -l 'driver-cores' -x -d 'Number of cores used by the driver, only in cluster mode (Default: 1).'
complete -c livy -n '__livy_at "livy submit"' -l 'supervise' -d 'If given, restarts the driver on failure.'
complete -c livy -n '__livy_at "livy submit"' -l 'kill' -x -d 'If given, kills the driver specified.'
complete -c livy -n '__livy_at "livy submit"' -l 'status' -x -d 'If given, requests the status of the driver specified.'
complete -c livy -n '__livy_at "livy submit"' -l 'total-executor-cores' -x -d 'Total cores for all executors.'
complete -c livy -n '__livy_at "livy submit"' -l 'executor-cores' -x -d 'Number of cores used by each executor. (Default: 1 in YARN and K8S modes, or all available cores on the worker in standalone mode).'
complete -c livy -n '__livy_at "livy submit"' -l 'num-executors' -x -d 'Number of executors to launch (Default: 2). If dynamic allocation is enabled, the initial number of executors will be at least NUM.'
complete -c livy -n '__livy_at "livy submit"' -l 'principal' -x -d 'Principal to be used to login to KDC.'
complete -c livy -n '__livy_at "livy submit"' -l 'keytab' -r -F -d 'The full path to the file that contains the keytab for the principal specified above.'
complete -c livy -n '__livy_at "livy submit"' -l 'queue' -x -d 'The YARN queue to submit to (Default: "default").'
complete -c livy -n '__livy_arg "livy submit" 0 ""' -F
# livy batches
complete -c livy -n '__livy_sub "livy batches"' -a 'list' -d 'list batches on the server'
complete -c livy -n '__livy_sub "livy batches"' -a 'get' -d 'show one batch (id or name)'
complete -c livy -n '__livy_sub "livy batches"' -a 'state' -d 'print a batch\'s state'
complete -c livy -n '__livy_sub "livy batches"' -a 'logs' -d 'print a batch\'s log (what Livy kept of it)'
complete -c livy -n '__livy_sub "livy batches"' -a 'wait' -d 'wait for a batch to end, streaming its log; the exit code says how it ended'
complete -c livy -n '__livy_sub "livy batches"' -a 'kill' -d 'kill a batch and remove it from the server'
complete -c livy -n '__livy_sub "livy batches"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy batches"' -s 'h' -l 'help' -d 'display help for command'
# livy batches list
complete -c livy -n '__livy_at "livy batches list"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches list"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches list"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches list"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches list"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches list"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches list"' -l 'from' -x -d 'skip the first n batches'
complete -c livy -n '__livy_at "livy batches list"' -l 'size' -x -d 'how many to list (Livy default 100)'
complete -c livy -n '__livy_at "livy batches list"' -s 'h' -l 'help' -d 'display help for command'
# livy batches get
complete -c livy -n '__livy_at "livy batches get"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches get"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches get"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches get"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches get"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches get"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches get"' -s 'h' -l 'help' -d 'display help for command'
# livy batches state
complete -c livy -n '__livy_at "livy batches state"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches state"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches state"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches state"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches state"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches state"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches state"' -s 'h' -l 'help' -d 'display help for command'
# livy batches logs
complete -c livy -n '__livy_at "livy batches logs"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches logs"' -s 'f' -l 'follow' -d 'keep printing new lines until the batch ends'
complete -c livy -n '__livy_at "livy batches logs"' -l 'from' -x -d 'first line to print (default: everything Livy kept)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'size' -x -d 'how many lines to print'
complete -c livy -n '__livy_at "livy batches logs"' -s 'h' -l 'help' -d 'display help for command'
# livy batches wait
complete -c livy -n '__livy_at "livy batches wait"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches wait"' -l 'timeout' -x -d 'stop waiting after this long (exit 4), e.g. 30m'
complete -c livy -n '__livy_at "livy batches wait"' -l 'no-log' -d 'do not stream the log while waiting'
complete -c livy -n '__livy_at "livy batches wait"' -l 'kill-on-interrupt' -d 'kill the batch on Ctrl-C instead of detaching'
complete -c livy -n '__livy_at "livy batches wait"' -s 'h' -l 'help' -d 'display help for command'
# livy batches kill
complete -c livy -n '__livy_at "livy batches kill"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches kill"' -s 'h' -l 'help' -d 'display help for command'
# livy batches help
complete -c livy -n '__livy_arg "livy batches help" 0 0' -a 'list get state logs wait kill'
# livy local
complete -c livy -n '__livy_sub "livy local"' -a 'start' -d 'provision (once) and start a real Livy + Spark on 127.0.0.1 in the background'
complete -c livy -n '__livy_sub "livy local"' -a 'stop' -d 'stop the local Livy and every Spark driver it started'
complete -c livy -n '__livy_sub "livy local"' -a 'status' -d 'show whether the local Livy runs, its URL, versions and pid (exit 3 when not running)'
complete -c livy -n '__livy_sub "livy local"' -a 'logs' -d 'print the local Livy server\'s log'
complete -c livy -n '__livy_sub "livy local"' -a 'env' -d 'print `export LIVY_URL=…` for the local Livy (eval "$(livy local env)")'
complete -c livy -n '__livy_sub "livy local"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy local"' -s 'h' -l 'help' -d 'display help for command'
# livy local start
complete -c livy -n '__livy_at "livy local start"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local start"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local start"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local start"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local start"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local start"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local start"' -l 'port' -x -d 'port to listen on (default 8998, or a free one when 8998 is taken)'
complete -c livy -n '__livy_at "livy local start"' -l 'whitelist' -x -a '(__fish_complete_directories)' -d 'directory Livy may read local files from (repeatable; default the current directory)'
complete -c livy -n '__livy_at "livy local start"' -s 'h' -l 'help' -d 'display help for command'
# livy local stop
complete -c livy -n '__livy_at "livy local stop"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local stop"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local stop"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local stop"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local stop"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local stop"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local stop"' -s 'h' -l 'help' -d 'display help for command'
# livy local status
complete -c livy -n '__livy_at "livy local status"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local status"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local status"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local status"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local status"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local status"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local status"' -s 'h' -l 'help' -d 'display help for command'
# livy local logs
complete -c livy -n '__livy_at "livy local logs"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local logs"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local logs"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local logs"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local logs"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local logs"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local logs"' -s 'f' -l 'follow' -d 'keep printing new lines until Ctrl-C'
complete -c livy -n '__livy_at "livy local logs"' -s 'n' -l 'lines' -x -d 'number of lines from the end'
complete -c livy -n '__livy_at "livy local logs"' -s 'h' -l 'help' -d 'display help for command'
# livy local env
complete -c livy -n '__livy_at "livy local env"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local env"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local env"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local env"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local env"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local env"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local env"' -s 'h' -l 'help' -d 'display help for command'
# livy local help
complete -c livy -n '__livy_arg "livy local help" 0 0' -a 'start stop status logs env'
# livy completion
complete -c livy -n '__livy_at "livy completion"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy completion"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy completion"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy completion"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy completion"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy completion"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy completion"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy completion" 0 0' -a 'bash zsh fish'
# livy help
complete -c livy -n '__livy_arg "livy help" 0 0' -a 'submit batches local completion'
