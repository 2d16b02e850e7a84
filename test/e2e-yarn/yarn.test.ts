// The YARN suite, one file so its parts run in this order on the one cluster of the run
// (global-setup.ts): HDFS and batches, spark-submit parity, a session, local files staged to HDFS,
// a Livy restart, then `livy local stop`, which must come last.
import './batches.suite.js';
import './parity.suite.js';
import './sessions.suite.js';
import './staging.suite.js';
import './restart.suite.js';
import './stop.suite.js';
