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
        case 'livy|repl'
            echo 'repl'
        case 'livy|run'
            echo 'run'
        case 'livy|sessions' 'livy|session'
            echo 'sessions'
        case 'livy|profile'
            echo 'profile'
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
        case 'livy local|restart'
            echo 'restart'
        case 'livy local|status'
            echo 'status'
        case 'livy local|logs'
            echo 'logs'
        case 'livy local|env'
            echo 'env'
        case 'livy local|hdfs'
            echo 'hdfs'
        case 'livy local|help'
            echo 'help'
        case 'livy local hdfs|put'
            echo 'put'
        case 'livy local hdfs|ls'
            echo 'ls'
        case 'livy local hdfs|cat'
            echo 'cat'
        case 'livy local hdfs|rm'
            echo 'rm'
        case 'livy local hdfs|help'
            echo 'help'
        case 'livy sessions|list' 'livy sessions|ls'
            echo 'list'
        case 'livy sessions|get'
            echo 'get'
        case 'livy sessions|state'
            echo 'state'
        case 'livy sessions|logs' 'livy sessions|log'
            echo 'logs'
        case 'livy sessions|statements'
            echo 'statements'
        case 'livy sessions|kill' 'livy sessions|delete'
            echo 'kill'
        case 'livy sessions|help'
            echo 'help'
        case 'livy profile|add'
            echo 'add'
        case 'livy profile|edit'
            echo 'edit'
        case 'livy profile|list' 'livy profile|ls'
            echo 'list'
        case 'livy profile|show'
            echo 'show'
        case 'livy profile|use'
            echo 'use'
        case 'livy profile|current'
            echo 'current'
        case 'livy profile|rename'
            echo 'rename'
        case 'livy profile|remove' 'livy profile|rm'
            echo 'remove'
        case 'livy profile|test'
            echo 'test'
        case 'livy profile|help'
            echo 'help'
        case '*'
            return 1
    end
end

# __livy_takes_value PATH OPTION: succeeds if OPTION of command PATH takes a value.
function __livy_takes_value
    switch "$argv[1]|$argv[2]"
        case 'livy|-p' 'livy|--profile' 'livy|--url' 'livy|-H' 'livy|--header' 'livy|--ca-cert' 'livy|-o' 'livy|--output'
            return 0
        case 'livy submit|--url' 'livy submit|-H' 'livy submit|--header' 'livy submit|-p' 'livy submit|--profile' 'livy submit|--timeout' 'livy submit|--master' 'livy submit|--deploy-mode' 'livy submit|--class' 'livy submit|--name' 'livy submit|--packages' 'livy submit|--exclude-packages' 'livy submit|--repositories' 'livy submit|-c' 'livy submit|--conf' 'livy submit|--driver-memory' 'livy submit|--driver-java-options' 'livy submit|--driver-library-path' 'livy submit|--driver-class-path' 'livy submit|--executor-memory' 'livy submit|--proxy-user' 'livy submit|--remote' 'livy submit|--driver-cores' 'livy submit|--kill' 'livy submit|--status' 'livy submit|--total-executor-cores' 'livy submit|--executor-cores' 'livy submit|--num-executors' 'livy submit|--principal' 'livy submit|--queue' 'livy submit|--ca-cert' 'livy submit|--log-file' 'livy submit|--jars' 'livy submit|--py-files' 'livy submit|--files' 'livy submit|--archives' 'livy submit|--properties-file' 'livy submit|--extra-properties-file' 'livy submit|--keytab' 'livy submit|-o' 'livy submit|--output'
            return 0
        case 'livy batches list|-p' 'livy batches list|--profile' 'livy batches list|--url' 'livy batches list|-H' 'livy batches list|--header' 'livy batches list|--from' 'livy batches list|--size' 'livy batches list|--ca-cert' 'livy batches list|-o' 'livy batches list|--output'
            return 0
        case 'livy batches get|-p' 'livy batches get|--profile' 'livy batches get|--url' 'livy batches get|-H' 'livy batches get|--header' 'livy batches get|--ca-cert' 'livy batches get|-o' 'livy batches get|--output'
            return 0
        case 'livy batches state|-p' 'livy batches state|--profile' 'livy batches state|--url' 'livy batches state|-H' 'livy batches state|--header' 'livy batches state|--ca-cert' 'livy batches state|-o' 'livy batches state|--output'
            return 0
        case 'livy batches logs|-p' 'livy batches logs|--profile' 'livy batches logs|--url' 'livy batches logs|-H' 'livy batches logs|--header' 'livy batches logs|--from' 'livy batches logs|--size' 'livy batches logs|--ca-cert' 'livy batches logs|-o' 'livy batches logs|--output'
            return 0
        case 'livy batches wait|-p' 'livy batches wait|--profile' 'livy batches wait|--url' 'livy batches wait|-H' 'livy batches wait|--header' 'livy batches wait|--timeout' 'livy batches wait|--ca-cert' 'livy batches wait|-o' 'livy batches wait|--output'
            return 0
        case 'livy batches kill|-p' 'livy batches kill|--profile' 'livy batches kill|--url' 'livy batches kill|-H' 'livy batches kill|--header' 'livy batches kill|--ca-cert' 'livy batches kill|-o' 'livy batches kill|--output'
            return 0
        case 'livy local start|-p' 'livy local start|--profile' 'livy local start|--url' 'livy local start|-H' 'livy local start|--header' 'livy local start|--port' 'livy local start|--ca-cert' 'livy local start|-o' 'livy local start|--output' 'livy local start|--whitelist' 'livy local start|--cluster'
            return 0
        case 'livy local stop|-p' 'livy local stop|--profile' 'livy local stop|--url' 'livy local stop|-H' 'livy local stop|--header' 'livy local stop|--ca-cert' 'livy local stop|-o' 'livy local stop|--output'
            return 0
        case 'livy local restart|-p' 'livy local restart|--profile' 'livy local restart|--url' 'livy local restart|-H' 'livy local restart|--header' 'livy local restart|--ca-cert' 'livy local restart|-o' 'livy local restart|--output'
            return 0
        case 'livy local status|-p' 'livy local status|--profile' 'livy local status|--url' 'livy local status|-H' 'livy local status|--header' 'livy local status|--ca-cert' 'livy local status|-o' 'livy local status|--output'
            return 0
        case 'livy local logs|-p' 'livy local logs|--profile' 'livy local logs|--url' 'livy local logs|-H' 'livy local logs|--header' 'livy local logs|-n' 'livy local logs|--lines' 'livy local logs|--ca-cert' 'livy local logs|-o' 'livy local logs|--output' 'livy local logs|--daemon'
            return 0
        case 'livy local env|-p' 'livy local env|--profile' 'livy local env|--url' 'livy local env|-H' 'livy local env|--header' 'livy local env|--ca-cert' 'livy local env|-o' 'livy local env|--output'
            return 0
        case 'livy local hdfs put|-p' 'livy local hdfs put|--profile' 'livy local hdfs put|--url' 'livy local hdfs put|-H' 'livy local hdfs put|--header' 'livy local hdfs put|--ca-cert' 'livy local hdfs put|-o' 'livy local hdfs put|--output'
            return 0
        case 'livy local hdfs ls|-p' 'livy local hdfs ls|--profile' 'livy local hdfs ls|--url' 'livy local hdfs ls|-H' 'livy local hdfs ls|--header' 'livy local hdfs ls|--ca-cert' 'livy local hdfs ls|-o' 'livy local hdfs ls|--output'
            return 0
        case 'livy local hdfs cat|-p' 'livy local hdfs cat|--profile' 'livy local hdfs cat|--url' 'livy local hdfs cat|-H' 'livy local hdfs cat|--header' 'livy local hdfs cat|--ca-cert' 'livy local hdfs cat|-o' 'livy local hdfs cat|--output'
            return 0
        case 'livy local hdfs rm|-p' 'livy local hdfs rm|--profile' 'livy local hdfs rm|--url' 'livy local hdfs rm|-H' 'livy local hdfs rm|--header' 'livy local hdfs rm|--ca-cert' 'livy local hdfs rm|-o' 'livy local hdfs rm|--output'
            return 0
        case 'livy repl|-p' 'livy repl|--profile' 'livy repl|--url' 'livy repl|-H' 'livy repl|--header' 'livy repl|-s' 'livy repl|--session' 'livy repl|--start-timeout' 'livy repl|--heartbeat-timeout' 'livy repl|--name' 'livy repl|--packages' 'livy repl|--exclude-packages' 'livy repl|--repositories' 'livy repl|-c' 'livy repl|--conf' 'livy repl|--driver-memory' 'livy repl|--driver-java-options' 'livy repl|--driver-library-path' 'livy repl|--driver-class-path' 'livy repl|--executor-memory' 'livy repl|--proxy-user' 'livy repl|--driver-cores' 'livy repl|--total-executor-cores' 'livy repl|--executor-cores' 'livy repl|--num-executors' 'livy repl|--principal' 'livy repl|--queue' 'livy repl|--ca-cert' 'livy repl|--jars' 'livy repl|--py-files' 'livy repl|--files' 'livy repl|--archives' 'livy repl|--properties-file' 'livy repl|--extra-properties-file' 'livy repl|--keytab' 'livy repl|-o' 'livy repl|--output' 'livy repl|-k' 'livy repl|--kind' 'livy repl|--image-dir' 'livy repl|--history-dir'
            return 0
        case 'livy run|-p' 'livy run|--profile' 'livy run|--url' 'livy run|-H' 'livy run|--header' 'livy run|-s' 'livy run|--session' 'livy run|--start-timeout' 'livy run|--heartbeat-timeout' 'livy run|-e' 'livy run|--execute' 'livy run|--name' 'livy run|--packages' 'livy run|--exclude-packages' 'livy run|--repositories' 'livy run|-c' 'livy run|--conf' 'livy run|--driver-memory' 'livy run|--driver-java-options' 'livy run|--driver-library-path' 'livy run|--driver-class-path' 'livy run|--executor-memory' 'livy run|--proxy-user' 'livy run|--driver-cores' 'livy run|--total-executor-cores' 'livy run|--executor-cores' 'livy run|--num-executors' 'livy run|--principal' 'livy run|--queue' 'livy run|--ca-cert' 'livy run|--jars' 'livy run|--py-files' 'livy run|--files' 'livy run|--archives' 'livy run|--properties-file' 'livy run|--extra-properties-file' 'livy run|--keytab' 'livy run|-o' 'livy run|--output' 'livy run|-k' 'livy run|--kind' 'livy run|--image-dir'
            return 0
        case 'livy sessions list|-p' 'livy sessions list|--profile' 'livy sessions list|--url' 'livy sessions list|-H' 'livy sessions list|--header' 'livy sessions list|--from' 'livy sessions list|--size' 'livy sessions list|--ca-cert' 'livy sessions list|-o' 'livy sessions list|--output'
            return 0
        case 'livy sessions get|-p' 'livy sessions get|--profile' 'livy sessions get|--url' 'livy sessions get|-H' 'livy sessions get|--header' 'livy sessions get|--ca-cert' 'livy sessions get|-o' 'livy sessions get|--output'
            return 0
        case 'livy sessions state|-p' 'livy sessions state|--profile' 'livy sessions state|--url' 'livy sessions state|-H' 'livy sessions state|--header' 'livy sessions state|--ca-cert' 'livy sessions state|-o' 'livy sessions state|--output'
            return 0
        case 'livy sessions logs|-p' 'livy sessions logs|--profile' 'livy sessions logs|--url' 'livy sessions logs|-H' 'livy sessions logs|--header' 'livy sessions logs|--from' 'livy sessions logs|--size' 'livy sessions logs|--ca-cert' 'livy sessions logs|-o' 'livy sessions logs|--output'
            return 0
        case 'livy sessions statements|-p' 'livy sessions statements|--profile' 'livy sessions statements|--url' 'livy sessions statements|-H' 'livy sessions statements|--header' 'livy sessions statements|--from' 'livy sessions statements|--size' 'livy sessions statements|--ca-cert' 'livy sessions statements|-o' 'livy sessions statements|--output'
            return 0
        case 'livy sessions kill|-p' 'livy sessions kill|--profile' 'livy sessions kill|--url' 'livy sessions kill|-H' 'livy sessions kill|--header' 'livy sessions kill|--ca-cert' 'livy sessions kill|-o' 'livy sessions kill|--output'
            return 0
        case 'livy profile add|--url' 'livy profile add|--user' 'livy profile add|--password-env' 'livy profile add|--password-command' 'livy profile add|--token-env' 'livy profile add|--token-command' 'livy profile add|--kerberos-service' 'livy profile add|-H' 'livy profile add|--header' 'livy profile add|--proxy-user' 'livy profile add|--default-kind' 'livy profile add|--conf' 'livy profile add|--auth' 'livy profile add|--ca-cert' 'livy profile add|--client-cert' 'livy profile add|--client-key' 'livy profile add|-o' 'livy profile add|--output'
            return 0
        case 'livy profile edit|--url' 'livy profile edit|--user' 'livy profile edit|--password-env' 'livy profile edit|--password-command' 'livy profile edit|--token-env' 'livy profile edit|--token-command' 'livy profile edit|--kerberos-service' 'livy profile edit|-H' 'livy profile edit|--header' 'livy profile edit|--proxy-user' 'livy profile edit|--default-kind' 'livy profile edit|--conf' 'livy profile edit|--auth' 'livy profile edit|--ca-cert' 'livy profile edit|--client-cert' 'livy profile edit|--client-key' 'livy profile edit|--unset' 'livy profile edit|-o' 'livy profile edit|--output'
            return 0
        case 'livy profile list|-p' 'livy profile list|--profile' 'livy profile list|--url' 'livy profile list|-H' 'livy profile list|--header' 'livy profile list|--ca-cert' 'livy profile list|-o' 'livy profile list|--output'
            return 0
        case 'livy profile show|-p' 'livy profile show|--profile' 'livy profile show|--url' 'livy profile show|-H' 'livy profile show|--header' 'livy profile show|--ca-cert' 'livy profile show|-o' 'livy profile show|--output'
            return 0
        case 'livy profile use|-p' 'livy profile use|--profile' 'livy profile use|--url' 'livy profile use|-H' 'livy profile use|--header' 'livy profile use|--ca-cert' 'livy profile use|-o' 'livy profile use|--output'
            return 0
        case 'livy profile current|-p' 'livy profile current|--profile' 'livy profile current|--url' 'livy profile current|-H' 'livy profile current|--header' 'livy profile current|--ca-cert' 'livy profile current|-o' 'livy profile current|--output'
            return 0
        case 'livy profile rename|-p' 'livy profile rename|--profile' 'livy profile rename|--url' 'livy profile rename|-H' 'livy profile rename|--header' 'livy profile rename|--ca-cert' 'livy profile rename|-o' 'livy profile rename|--output'
            return 0
        case 'livy profile remove|-p' 'livy profile remove|--profile' 'livy profile remove|--url' 'livy profile remove|-H' 'livy profile remove|--header' 'livy profile remove|--ca-cert' 'livy profile remove|-o' 'livy profile remove|--output'
            return 0
        case 'livy profile test|-p' 'livy profile test|--profile' 'livy profile test|--url' 'livy profile test|-H' 'livy profile test|--header' 'livy profile test|--ca-cert' 'livy profile test|-o' 'livy profile test|--output'
            return 0
        case 'livy completion|-p' 'livy completion|--profile' 'livy completion|--url' 'livy completion|-H' 'livy completion|--header' 'livy completion|--ca-cert' 'livy completion|-o' 'livy completion|--output'
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
complete -c livy -n '__livy_sub "livy"' -a 'repl' -d 'an interactive Spark shell (Scala, Python, R, SQL) in a Livy session'
complete -c livy -n '__livy_sub "livy"' -a 'run' -d 'run code in an interactive session: -e CODE, a FILE, or - for stdin'
complete -c livy -n '__livy_sub "livy"' -a 'sessions' -d 'inspect interactive sessions, their logs and statements, and kill them'
complete -c livy -n '__livy_sub "livy"' -a 'profile' -d 'saved connections to Livy servers: URL, authentication, TLS, defaults'
complete -c livy -n '__livy_sub "livy"' -a 'completion' -d 'print the shell completion script for bash, zsh or fish'
complete -c livy -n '__livy_sub "livy"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy"' -s 'V' -l 'version' -d 'print the version'
complete -c livy -n '__livy_at "livy"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy"' -s 'h' -l 'help' -d 'display help for command'
# livy submit
complete -c livy -n '__livy_at "livy submit"' -l 'url' -x -d 'Livy server URL (default: $LIVY_URL, then http://127.0.0.1:8998).'
complete -c livy -n '__livy_at "livy submit"' -s 'H' -l 'header' -x -d 'Extra HTTP header on every request; repeatable.'
complete -c livy -n '__livy_at "livy submit"' -s 'p' -l 'profile' -x -d 'Connection profile to use (default: $LIVY_PROFILE, then the one set with \'livy profile use\').'
complete -c livy -n '__livy_at "livy submit"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (default: $LIVY_CA_CERT, then the profile\'s).'
complete -c livy -n '__livy_at "livy submit"' -l 'insecure' -d 'Do not verify the server\'s TLS certificate (warned about every time).'
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
complete -c livy -n '__livy_at "livy batches list"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches list"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches list"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches list"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches list"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches list"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches list"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches list"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches list"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches list"' -l 'from' -x -d 'skip the first n batches'
complete -c livy -n '__livy_at "livy batches list"' -l 'size' -x -d 'how many to list (Livy default 100)'
complete -c livy -n '__livy_at "livy batches list"' -s 'h' -l 'help' -d 'display help for command'
# livy batches get
complete -c livy -n '__livy_at "livy batches get"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches get"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches get"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches get"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches get"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches get"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches get"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches get"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches get"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches get"' -s 'h' -l 'help' -d 'display help for command'
# livy batches state
complete -c livy -n '__livy_at "livy batches state"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches state"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches state"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches state"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches state"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches state"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches state"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches state"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches state"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches state"' -s 'h' -l 'help' -d 'display help for command'
# livy batches logs
complete -c livy -n '__livy_at "livy batches logs"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches logs"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches logs"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches logs"' -s 'f' -l 'follow' -d 'keep printing new lines until the batch ends'
complete -c livy -n '__livy_at "livy batches logs"' -l 'from' -x -d 'first line to print (default: everything Livy kept)'
complete -c livy -n '__livy_at "livy batches logs"' -l 'size' -x -d 'how many lines to print'
complete -c livy -n '__livy_at "livy batches logs"' -s 'h' -l 'help' -d 'display help for command'
# livy batches wait
complete -c livy -n '__livy_at "livy batches wait"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches wait"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches wait"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches wait"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches wait"' -l 'timeout' -x -d 'stop waiting after this long (exit 4), e.g. 30m'
complete -c livy -n '__livy_at "livy batches wait"' -l 'no-log' -d 'do not stream the log while waiting'
complete -c livy -n '__livy_at "livy batches wait"' -l 'kill-on-interrupt' -d 'kill the batch on Ctrl-C instead of detaching'
complete -c livy -n '__livy_at "livy batches wait"' -s 'h' -l 'help' -d 'display help for command'
# livy batches kill
complete -c livy -n '__livy_at "livy batches kill"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy batches kill"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy batches kill"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy batches kill"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy batches kill"' -s 'h' -l 'help' -d 'display help for command'
# livy batches help
complete -c livy -n '__livy_arg "livy batches help" 0 0' -a 'list get state logs wait kill'
# livy local
complete -c livy -n '__livy_sub "livy local"' -a 'start' -d 'provision (once) and start a real Livy + Spark on 127.0.0.1 in the background'
complete -c livy -n '__livy_sub "livy local"' -a 'stop' -d 'stop the local Livy, every Spark driver it started, and its YARN cluster'
complete -c livy -n '__livy_sub "livy local"' -a 'restart' -d 'restart the local Livy alone, on the same port; a YARN cluster and its applications keep running (recovery)'
complete -c livy -n '__livy_sub "livy local"' -a 'status' -d 'show whether the local Livy runs, its URL, versions and pid, and its YARN cluster (exit 3 when not running)'
complete -c livy -n '__livy_sub "livy local"' -a 'logs' -d 'print the local Livy server\'s log'
complete -c livy -n '__livy_sub "livy local"' -a 'env' -d 'print `export LIVY_URL=…` for the local Livy (eval "$(livy local env)")'
complete -c livy -n '__livy_sub "livy local"' -a 'hdfs' -d 'files in the local YARN cluster\'s HDFS (through WebHDFS)'
complete -c livy -n '__livy_sub "livy local"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy local"' -s 'h' -l 'help' -d 'display help for command'
# livy local start
complete -c livy -n '__livy_at "livy local start"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local start"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local start"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local start"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local start"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local start"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local start"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local start"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local start"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local start"' -l 'port' -x -d 'port to listen on (default 8998, or a free one when 8998 is taken)'
complete -c livy -n '__livy_at "livy local start"' -l 'whitelist' -x -a '(__fish_complete_directories)' -d 'directory Livy may read local files from (repeatable; default the current directory)'
complete -c livy -n '__livy_at "livy local start"' -l 'cluster' -x -a 'local yarn' -d 'where Spark runs: local (local[*], the default) or yarn (HDFS + YARN daemons on 127.0.0.1, cluster deploy mode) (local, yarn)'
complete -c livy -n '__livy_at "livy local start"' -s 'h' -l 'help' -d 'display help for command'
# livy local stop
complete -c livy -n '__livy_at "livy local stop"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local stop"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local stop"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local stop"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local stop"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local stop"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local stop"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local stop"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local stop"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local stop"' -s 'h' -l 'help' -d 'display help for command'
# livy local restart
complete -c livy -n '__livy_at "livy local restart"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local restart"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local restart"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local restart"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local restart"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local restart"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local restart"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local restart"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local restart"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local restart"' -s 'h' -l 'help' -d 'display help for command'
# livy local status
complete -c livy -n '__livy_at "livy local status"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local status"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local status"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local status"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local status"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local status"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local status"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local status"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local status"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local status"' -s 'h' -l 'help' -d 'display help for command'
# livy local logs
complete -c livy -n '__livy_at "livy local logs"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local logs"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local logs"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local logs"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local logs"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local logs"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local logs"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local logs"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local logs"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local logs"' -s 'f' -l 'follow' -d 'keep printing new lines until Ctrl-C'
complete -c livy -n '__livy_at "livy local logs"' -s 'n' -l 'lines' -x -d 'number of lines from the end'
complete -c livy -n '__livy_at "livy local logs"' -l 'daemon' -x -a 'livy namenode datanode resourcemanager nodemanager' -d 'whose log: livy (default) or a YARN cluster daemon (livy, namenode, datanode, resourcemanager, nodemanager)'
complete -c livy -n '__livy_at "livy local logs"' -s 'h' -l 'help' -d 'display help for command'
# livy local env
complete -c livy -n '__livy_at "livy local env"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local env"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local env"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local env"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local env"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local env"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local env"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local env"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local env"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local env"' -s 'h' -l 'help' -d 'display help for command'
# livy local hdfs
complete -c livy -n '__livy_sub "livy local hdfs"' -a 'put' -d 'copy a local file into HDFS (a remote ending in / or naming a directory gets the file name)'
complete -c livy -n '__livy_sub "livy local hdfs"' -a 'ls' -d 'list a directory (default /)'
complete -c livy -n '__livy_sub "livy local hdfs"' -a 'cat' -d 'print a file\'s content'
complete -c livy -n '__livy_sub "livy local hdfs"' -a 'rm' -d 'delete a file (a directory with -r)'
complete -c livy -n '__livy_sub "livy local hdfs"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy local hdfs"' -s 'h' -l 'help' -d 'display help for command'
# livy local hdfs put
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local hdfs put"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local hdfs put"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local hdfs put"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local hdfs put"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local hdfs put"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'f' -l 'force' -d 'overwrite an existing file'
complete -c livy -n '__livy_at "livy local hdfs put"' -s 'h' -l 'help' -d 'display help for command'
# livy local hdfs ls
complete -c livy -n '__livy_at "livy local hdfs ls"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local hdfs ls"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local hdfs ls"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local hdfs ls"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy local hdfs ls" 0 0' -F
# livy local hdfs cat
complete -c livy -n '__livy_at "livy local hdfs cat"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local hdfs cat"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local hdfs cat"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local hdfs cat"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy local hdfs cat" 0 0' -F
# livy local hdfs rm
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy local hdfs rm"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy local hdfs rm"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'r' -l 'recursive' -d 'delete a directory and everything in it'
complete -c livy -n '__livy_at "livy local hdfs rm"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy local hdfs rm" 0 0' -F
# livy local hdfs help
complete -c livy -n '__livy_arg "livy local hdfs help" 0 0' -a 'put ls cat rm'
# livy local help
complete -c livy -n '__livy_arg "livy local help" 0 0' -a 'start stop restart status logs env hdfs'
# livy repl
complete -c livy -n '__livy_at "livy repl"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy repl"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy repl"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy repl"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy repl"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy repl"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy repl"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy repl"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy repl"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy repl"' -s 'k' -l 'kind' -x -a 'spark scala pyspark python sparkr r sql shared' -d 'language of the code / kind of the new session (spark, scala, pyspark, python, sparkr, r, sql, shared)'
complete -c livy -n '__livy_at "livy repl"' -s 's' -l 'session' -x -d 'use this existing session instead of starting one (never deleted)'
complete -c livy -n '__livy_at "livy repl"' -l 'keep' -d 'do not delete the session this command starts'
complete -c livy -n '__livy_at "livy repl"' -l 'start-timeout' -x -d 'delete a new session that is not idle after this long (default 10m)'
complete -c livy -n '__livy_at "livy repl"' -l 'heartbeat-timeout' -x -d 'the server deletes the session when this client is gone this long (default 5m)'
complete -c livy -n '__livy_at "livy repl"' -l 'image-dir' -x -a '(__fish_complete_directories)' -d 'where images from the output are saved (default: the temp dir)'
complete -c livy -n '__livy_at "livy repl"' -l 'history-dir' -x -a '(__fish_complete_directories)' -d 'where per-kind history is kept (default: $XDG_STATE_HOME/livy-cli or ~/.local/state/livy-cli)'
complete -c livy -n '__livy_at "livy repl"' -l 'name' -x -d 'Sent as "name", which is also the Livy batch name: unique among live batches, not all digits'
complete -c livy -n '__livy_at "livy repl"' -l 'jars' -r -F -d 'Sent as "jars"; paths must be URIs or absolute paths the Livy server can read'
complete -c livy -n '__livy_at "livy repl"' -l 'packages' -x -d 'Sent as conf spark.jars.packages; resolved on the Livy host'
complete -c livy -n '__livy_at "livy repl"' -l 'exclude-packages' -x -d 'Sent as conf spark.jars.excludes'
complete -c livy -n '__livy_at "livy repl"' -l 'repositories' -x -d 'Sent as conf spark.jars.repositories'
complete -c livy -n '__livy_at "livy repl"' -l 'py-files' -r -F -d 'Sent as "pyFiles"'
complete -c livy -n '__livy_at "livy repl"' -l 'files' -r -F -d 'Sent as "files" (#alias suffixes kept)'
complete -c livy -n '__livy_at "livy repl"' -l 'archives' -r -F -d 'Sent as "archives"; Livy passes them as spark.yarn.dist.archives (YARN only; elsewhere use --conf spark.archives=...)'
complete -c livy -n '__livy_at "livy repl"' -s 'c' -l 'conf' -x -d 'Sent in "conf"; non-spark.* keys, spark.master and spark.submit.deployMode are dropped'
complete -c livy -n '__livy_at "livy repl"' -l 'properties-file' -r -F -d 'Read on this machine and merged into "conf" below --conf; the server\'s spark-defaults.conf still applies underneath'
complete -c livy -n '__livy_at "livy repl"' -l 'extra-properties-file' -r -F -d 'Read on this machine; later files beat earlier ones and --properties-file, --conf beats them all'
complete -c livy -n '__livy_at "livy repl"' -l 'driver-memory' -x -d 'Sent as "driverMemory" (so is --conf spark.driver.memory; the later one wins)'
complete -c livy -n '__livy_at "livy repl"' -l 'driver-java-options' -x -d 'Sent as conf spark.driver.extraJavaOptions; -Xmx is refused (use --driver-memory)'
complete -c livy -n '__livy_at "livy repl"' -l 'driver-library-path' -x -d 'Sent as conf spark.driver.extraLibraryPath'
complete -c livy -n '__livy_at "livy repl"' -l 'driver-class-path' -x -d 'Sent as conf spark.driver.extraClassPath (paths on the cluster)'
complete -c livy -n '__livy_at "livy repl"' -l 'executor-memory' -x -d 'Sent as "executorMemory"'
complete -c livy -n '__livy_at "livy repl"' -l 'proxy-user' -x -d 'Sent as "proxyUser"; honoured only when the server has livy.impersonation.enabled'
complete -c livy -n '__livy_at "livy repl"' -l 'driver-cores' -x -d 'Sent as "driverCores"'
complete -c livy -n '__livy_at "livy repl"' -l 'total-executor-cores' -x -d 'Sent as conf spark.cores.max'
complete -c livy -n '__livy_at "livy repl"' -l 'executor-cores' -x -d 'Sent as "executorCores"'
complete -c livy -n '__livy_at "livy repl"' -l 'num-executors' -x -d 'Sent as "numExecutors" (0 only with spark.dynamicAllocation.enabled=true)'
complete -c livy -n '__livy_at "livy repl"' -l 'principal' -x -d 'Sent as conf spark.kerberos.principal; conflicts with Livy impersonation'
complete -c livy -n '__livy_at "livy repl"' -l 'keytab' -r -F -d 'Sent as conf spark.kerberos.keytab: a path on the Livy host, not on this machine'
complete -c livy -n '__livy_at "livy repl"' -l 'queue' -x -d 'Sent as "queue"'
complete -c livy -n '__livy_at "livy repl"' -s 'h' -l 'help' -d 'display help for command'
# livy run
complete -c livy -n '__livy_at "livy run"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy run"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy run"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy run"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy run"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy run"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy run"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy run"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy run"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy run"' -s 'k' -l 'kind' -x -a 'spark scala pyspark python sparkr r sql shared' -d 'language of the code / kind of the new session (spark, scala, pyspark, python, sparkr, r, sql, shared)'
complete -c livy -n '__livy_at "livy run"' -s 's' -l 'session' -x -d 'use this existing session instead of starting one (never deleted)'
complete -c livy -n '__livy_at "livy run"' -l 'keep' -d 'do not delete the session this command starts'
complete -c livy -n '__livy_at "livy run"' -l 'start-timeout' -x -d 'delete a new session that is not idle after this long (default 10m)'
complete -c livy -n '__livy_at "livy run"' -l 'heartbeat-timeout' -x -d 'the server deletes the session when this client is gone this long (default 5m)'
complete -c livy -n '__livy_at "livy run"' -s 'e' -l 'execute' -x -d 'a statement to run (repeatable: one statement each)'
complete -c livy -n '__livy_at "livy run"' -l 'keep-going' -d 'run every statement even after one fails (exit 1 at the end)'
complete -c livy -n '__livy_at "livy run"' -l 'no-split' -d 'run a file as one statement even if it has separator lines (\'# %%\', \'// %%\', \'-- %%\')'
complete -c livy -n '__livy_at "livy run"' -l 'image-dir' -x -a '(__fish_complete_directories)' -d 'where images from the output are saved (default: the temp dir)'
complete -c livy -n '__livy_at "livy run"' -l 'name' -x -d 'Sent as "name", which is also the Livy batch name: unique among live batches, not all digits'
complete -c livy -n '__livy_at "livy run"' -l 'jars' -r -F -d 'Sent as "jars"; paths must be URIs or absolute paths the Livy server can read'
complete -c livy -n '__livy_at "livy run"' -l 'packages' -x -d 'Sent as conf spark.jars.packages; resolved on the Livy host'
complete -c livy -n '__livy_at "livy run"' -l 'exclude-packages' -x -d 'Sent as conf spark.jars.excludes'
complete -c livy -n '__livy_at "livy run"' -l 'repositories' -x -d 'Sent as conf spark.jars.repositories'
complete -c livy -n '__livy_at "livy run"' -l 'py-files' -r -F -d 'Sent as "pyFiles"'
complete -c livy -n '__livy_at "livy run"' -l 'files' -r -F -d 'Sent as "files" (#alias suffixes kept)'
complete -c livy -n '__livy_at "livy run"' -l 'archives' -r -F -d 'Sent as "archives"; Livy passes them as spark.yarn.dist.archives (YARN only; elsewhere use --conf spark.archives=...)'
complete -c livy -n '__livy_at "livy run"' -s 'c' -l 'conf' -x -d 'Sent in "conf"; non-spark.* keys, spark.master and spark.submit.deployMode are dropped'
complete -c livy -n '__livy_at "livy run"' -l 'properties-file' -r -F -d 'Read on this machine and merged into "conf" below --conf; the server\'s spark-defaults.conf still applies underneath'
complete -c livy -n '__livy_at "livy run"' -l 'extra-properties-file' -r -F -d 'Read on this machine; later files beat earlier ones and --properties-file, --conf beats them all'
complete -c livy -n '__livy_at "livy run"' -l 'driver-memory' -x -d 'Sent as "driverMemory" (so is --conf spark.driver.memory; the later one wins)'
complete -c livy -n '__livy_at "livy run"' -l 'driver-java-options' -x -d 'Sent as conf spark.driver.extraJavaOptions; -Xmx is refused (use --driver-memory)'
complete -c livy -n '__livy_at "livy run"' -l 'driver-library-path' -x -d 'Sent as conf spark.driver.extraLibraryPath'
complete -c livy -n '__livy_at "livy run"' -l 'driver-class-path' -x -d 'Sent as conf spark.driver.extraClassPath (paths on the cluster)'
complete -c livy -n '__livy_at "livy run"' -l 'executor-memory' -x -d 'Sent as "executorMemory"'
complete -c livy -n '__livy_at "livy run"' -l 'proxy-user' -x -d 'Sent as "proxyUser"; honoured only when the server has livy.impersonation.enabled'
complete -c livy -n '__livy_at "livy run"' -l 'driver-cores' -x -d 'Sent as "driverCores"'
complete -c livy -n '__livy_at "livy run"' -l 'total-executor-cores' -x -d 'Sent as conf spark.cores.max'
complete -c livy -n '__livy_at "livy run"' -l 'executor-cores' -x -d 'Sent as "executorCores"'
complete -c livy -n '__livy_at "livy run"' -l 'num-executors' -x -d 'Sent as "numExecutors" (0 only with spark.dynamicAllocation.enabled=true)'
complete -c livy -n '__livy_at "livy run"' -l 'principal' -x -d 'Sent as conf spark.kerberos.principal; conflicts with Livy impersonation'
complete -c livy -n '__livy_at "livy run"' -l 'keytab' -r -F -d 'Sent as conf spark.kerberos.keytab: a path on the Livy host, not on this machine'
complete -c livy -n '__livy_at "livy run"' -l 'queue' -x -d 'Sent as "queue"'
complete -c livy -n '__livy_at "livy run"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy run" 0 0' -F
# livy sessions
complete -c livy -n '__livy_sub "livy sessions"' -a 'list' -d 'list interactive sessions on the server'
complete -c livy -n '__livy_sub "livy sessions"' -a 'get' -d 'show one session (id or name)'
complete -c livy -n '__livy_sub "livy sessions"' -a 'state' -d 'print a session\'s state'
complete -c livy -n '__livy_sub "livy sessions"' -a 'logs' -d 'print a session\'s log (what Livy kept of it)'
complete -c livy -n '__livy_sub "livy sessions"' -a 'statements' -d 'list a session\'s statements (Livy keeps the last 100)'
complete -c livy -n '__livy_sub "livy sessions"' -a 'kill' -d 'stop a session and remove it from the server'
complete -c livy -n '__livy_sub "livy sessions"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy sessions"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions list
complete -c livy -n '__livy_at "livy sessions list"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions list"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions list"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions list"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions list"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions list"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions list"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions list"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions list"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions list"' -l 'from' -x -d 'skip the first n sessions'
complete -c livy -n '__livy_at "livy sessions list"' -l 'size' -x -d 'how many to list (Livy default 100)'
complete -c livy -n '__livy_at "livy sessions list"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions get
complete -c livy -n '__livy_at "livy sessions get"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions get"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions get"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions get"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions get"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions get"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions get"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions get"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions get"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions get"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions state
complete -c livy -n '__livy_at "livy sessions state"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions state"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions state"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions state"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions state"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions state"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions state"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions state"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions state"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions state"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions logs
complete -c livy -n '__livy_at "livy sessions logs"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions logs"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions logs"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions logs"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions logs"' -s 'f' -l 'follow' -d 'keep printing new lines until the session ends (Ctrl-C stops following)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'from' -x -d 'first line to print (default: everything Livy kept)'
complete -c livy -n '__livy_at "livy sessions logs"' -l 'size' -x -d 'how many lines to print'
complete -c livy -n '__livy_at "livy sessions logs"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions statements
complete -c livy -n '__livy_at "livy sessions statements"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions statements"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions statements"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions statements"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'from' -x -d 'skip the first n statements'
complete -c livy -n '__livy_at "livy sessions statements"' -l 'size' -x -d 'how many to list'
complete -c livy -n '__livy_at "livy sessions statements"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions kill
complete -c livy -n '__livy_at "livy sessions kill"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy sessions kill"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy sessions kill"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy sessions kill"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy sessions kill"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy sessions kill"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy sessions kill"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy sessions kill"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy sessions kill"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy sessions kill"' -s 'h' -l 'help' -d 'display help for command'
# livy sessions help
complete -c livy -n '__livy_arg "livy sessions help" 0 0' -a 'list get state logs statements kill'
# livy profile
complete -c livy -n '__livy_sub "livy profile"' -a 'add' -d 'save a connection profile'
complete -c livy -n '__livy_sub "livy profile"' -a 'edit' -d 'change settings of a profile'
complete -c livy -n '__livy_sub "livy profile"' -a 'list' -d 'list the profiles (and the built-in local one)'
complete -c livy -n '__livy_sub "livy profile"' -a 'show' -d 'show a profile (secrets shown as ***)'
complete -c livy -n '__livy_sub "livy profile"' -a 'use' -d 'make a profile the default for every command'
complete -c livy -n '__livy_sub "livy profile"' -a 'current' -d 'show which profile and server commands use now, and why'
complete -c livy -n '__livy_sub "livy profile"' -a 'rename' -d 'rename a profile'
complete -c livy -n '__livy_sub "livy profile"' -a 'remove' -d 'delete a profile'
complete -c livy -n '__livy_sub "livy profile"' -a 'test' -d 'check a connection: TLS, authentication, version, latency, writes, impersonation'
complete -c livy -n '__livy_sub "livy profile"' -a 'help' -d 'display help for command'
complete -c livy -n '__livy_at "livy profile"' -s 'h' -l 'help' -d 'display help for command'
# livy profile add
complete -c livy -n '__livy_at "livy profile add"' -l 'url' -x -d 'Livy URL, with any gateway path prefix (https://gw:8443/gateway/default/livy/v1) (required)'
complete -c livy -n '__livy_at "livy profile add"' -l 'auth' -x -a 'none basic kerberos bearer' -d 'authentication: none, basic (LDAP), kerberos (SPNEGO), bearer (none, basic, kerberos, bearer)'
complete -c livy -n '__livy_at "livy profile add"' -l 'user' -x -d 'user name for basic authentication'
complete -c livy -n '__livy_at "livy profile add"' -l 'password-stdin' -d 'read the password from standard input and store it (file mode 0600)'
complete -c livy -n '__livy_at "livy profile add"' -l 'password-env' -x -d 'take the password from this environment variable at each use'
complete -c livy -n '__livy_at "livy profile add"' -l 'password-command' -x -d 'run this shell command at each use; its output is the password'
complete -c livy -n '__livy_at "livy profile add"' -l 'token-stdin' -d 'read the bearer token from standard input and store it (file mode 0600)'
complete -c livy -n '__livy_at "livy profile add"' -l 'token-env' -x -d 'take the bearer token from this environment variable at each use'
complete -c livy -n '__livy_at "livy profile add"' -l 'token-command' -x -d 'run this shell command at each use; its output is the token'
complete -c livy -n '__livy_at "livy profile add"' -l 'kerberos-service' -x -d 'GSSAPI service for SPNEGO (default HTTP@<host of the URL>)'
complete -c livy -n '__livy_at "livy profile add"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust'
complete -c livy -n '__livy_at "livy profile add"' -l 'client-cert' -r -F -d 'PEM client certificate (with --client-key)'
complete -c livy -n '__livy_at "livy profile add"' -l 'client-key' -r -F -d 'PEM client key'
complete -c livy -n '__livy_at "livy profile add"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about on every use)'
complete -c livy -n '__livy_at "livy profile add"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile add"' -l 'proxy-user' -x -d 'default proxyUser (impersonation) for batches and sessions'
complete -c livy -n '__livy_at "livy profile add"' -l 'default-kind' -x -d 'default session kind (spark, pyspark, sparkr, sql)'
complete -c livy -n '__livy_at "livy profile add"' -l 'conf' -x -d 'default Spark conf for batches and sessions (repeatable)'
complete -c livy -n '__livy_at "livy profile add"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile add"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile add"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile add"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile add"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile add" 0 0' -a '(__livy_values profiles)'
# livy profile edit
complete -c livy -n '__livy_at "livy profile edit"' -l 'url' -x -d 'Livy URL, with any gateway path prefix (https://gw:8443/gateway/default/livy/v1)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'auth' -x -a 'none basic kerberos bearer' -d 'authentication: none, basic (LDAP), kerberos (SPNEGO), bearer (none, basic, kerberos, bearer)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'user' -x -d 'user name for basic authentication'
complete -c livy -n '__livy_at "livy profile edit"' -l 'password-stdin' -d 'read the password from standard input and store it (file mode 0600)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'password-env' -x -d 'take the password from this environment variable at each use'
complete -c livy -n '__livy_at "livy profile edit"' -l 'password-command' -x -d 'run this shell command at each use; its output is the password'
complete -c livy -n '__livy_at "livy profile edit"' -l 'token-stdin' -d 'read the bearer token from standard input and store it (file mode 0600)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'token-env' -x -d 'take the bearer token from this environment variable at each use'
complete -c livy -n '__livy_at "livy profile edit"' -l 'token-command' -x -d 'run this shell command at each use; its output is the token'
complete -c livy -n '__livy_at "livy profile edit"' -l 'kerberos-service' -x -d 'GSSAPI service for SPNEGO (default HTTP@<host of the URL>)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust'
complete -c livy -n '__livy_at "livy profile edit"' -l 'client-cert' -r -F -d 'PEM client certificate (with --client-key)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'client-key' -r -F -d 'PEM client key'
complete -c livy -n '__livy_at "livy profile edit"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about on every use)'
complete -c livy -n '__livy_at "livy profile edit"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'proxy-user' -x -d 'default proxyUser (impersonation) for batches and sessions'
complete -c livy -n '__livy_at "livy profile edit"' -l 'default-kind' -x -d 'default session kind (spark, pyspark, sparkr, sql)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'conf' -x -d 'default Spark conf for batches and sessions (repeatable)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'no-insecure' -d 'verify TLS certificates again'
complete -c livy -n '__livy_at "livy profile edit"' -l 'unset' -x -a 'user password token kerberos-service ca-cert client-cert headers proxy-user default-kind conf' -d 'remove a setting (repeatable) (user, password, token, kerberos-service, ca-cert, client-cert, headers, proxy-user, default-kind, conf)'
complete -c livy -n '__livy_at "livy profile edit"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile edit"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile edit"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile edit"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile edit" 0 0' -a '(__livy_values profiles)'
# livy profile list
complete -c livy -n '__livy_at "livy profile list"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile list"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile list"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile list"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile list"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile list"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile list"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile list"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile list"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile list"' -s 'h' -l 'help' -d 'display help for command'
# livy profile show
complete -c livy -n '__livy_at "livy profile show"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile show"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile show"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile show"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile show"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile show"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile show"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile show"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile show"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile show"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile show" 0 0' -a '(__livy_values profiles)'
# livy profile use
complete -c livy -n '__livy_at "livy profile use"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile use"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile use"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile use"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile use"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile use"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile use"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile use"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile use"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile use"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile use" 0 0' -a '(__livy_values profiles)'
# livy profile current
complete -c livy -n '__livy_at "livy profile current"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile current"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile current"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile current"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile current"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile current"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile current"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile current"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile current"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile current"' -s 'h' -l 'help' -d 'display help for command'
# livy profile rename
complete -c livy -n '__livy_at "livy profile rename"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile rename"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile rename"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile rename"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile rename"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile rename"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile rename"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile rename"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile rename"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile rename"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile rename" 0 0' -a '(__livy_values profiles)'
# livy profile remove
complete -c livy -n '__livy_at "livy profile remove"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile remove"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile remove"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile remove"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile remove"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile remove"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile remove"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile remove"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile remove"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile remove"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile remove" 0 0' -a '(__livy_values profiles)'
# livy profile test
complete -c livy -n '__livy_at "livy profile test"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy profile test"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy profile test"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy profile test"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy profile test"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy profile test"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy profile test"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy profile test"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy profile test"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy profile test"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy profile test" 0 0' -a '(__livy_values profiles)'
# livy profile help
complete -c livy -n '__livy_arg "livy profile help" 0 0' -a 'add edit list show use current rename remove test'
# livy completion
complete -c livy -n '__livy_at "livy completion"' -s 'p' -l 'profile' -x -a '(__livy_values profiles)' -d 'connection profile to use (env LIVY_PROFILE; default: the one set with \'livy profile use\')'
complete -c livy -n '__livy_at "livy completion"' -l 'url' -x -d 'Livy server URL (env LIVY_URL; default: the profile\'s, else http://127.0.0.1:8998)'
complete -c livy -n '__livy_at "livy completion"' -s 'H' -l 'header' -x -d 'extra HTTP header \'Name: value\' (repeatable)'
complete -c livy -n '__livy_at "livy completion"' -l 'ca-cert' -r -F -d 'PEM CA certificate to trust for https (env LIVY_CA_CERT)'
complete -c livy -n '__livy_at "livy completion"' -l 'insecure' -d 'do not verify the server\'s TLS certificate (warned about every time)'
complete -c livy -n '__livy_at "livy completion"' -s 'o' -l 'output' -x -a 'text json' -d 'output format (text, json)'
complete -c livy -n '__livy_at "livy completion"' -l 'no-color' -d 'no colour or animation (also NO_COLOR)'
complete -c livy -n '__livy_at "livy completion"' -s 'v' -l 'verbose' -d 'show each request sent (secrets redacted)'
complete -c livy -n '__livy_at "livy completion"' -l 'debug' -d 'show internal details, including stack traces'
complete -c livy -n '__livy_at "livy completion"' -s 'h' -l 'help' -d 'display help for command'
complete -c livy -n '__livy_arg "livy completion" 0 0' -a 'bash zsh fish'
# livy help
complete -c livy -n '__livy_arg "livy help" 0 0' -a 'submit batches local repl run sessions profile completion'
