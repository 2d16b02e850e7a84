import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execCapture } from '../../src/local/exec.js';
import { REPO_ROOT, tempDir } from './helpers.js';

function jdkTool(name: string): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', name) : name;
}

/**
 * Compiles test/fixtures/jvm/SimpleApp.java with javac against $SPARK_HOME/jars/* and packs it with
 * `jar` into a fresh temp dir. Returns the jar's absolute path; main class `SimpleApp`.
 */
export async function buildSimpleApp(sparkHome: string): Promise<string> {
  const dir = tempDir('livy-e2e-jvm-');
  const classes = join(dir, 'classes');
  mkdirSync(classes);
  const src = join(REPO_ROOT, 'test', 'fixtures', 'jvm', 'SimpleApp.java');
  const javac = await execCapture(jdkTool('javac'), ['--release', '17', '-cp', join(sparkHome, 'jars', '*'), '-d', classes, src]);
  if (javac.code !== 0) throw new Error(`javac failed:\n${javac.stdout}${javac.stderr}`);
  const jarPath = join(dir, 'simple-app.jar');
  const jar = await execCapture(jdkTool('jar'), ['cf', jarPath, '-C', classes, '.']);
  if (jar.code !== 0) throw new Error(`jar failed:\n${jar.stdout}${jar.stderr}`);
  return jarPath;
}
