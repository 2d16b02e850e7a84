import { readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { LivyHttpError } from '../client/errors.js';
import type { SessionsApi } from '../client/livy-client.js';
import { logTail } from '../client/log-tail.js';
import type { StatementKind } from '../client/requests.js';
import type { Session, SessionState, Statement } from '../client/schemas.js';
import { isGone } from '../client/session-gone.js';
import { systemClock, type Clock } from '../client/clock.js';
import { runStatement } from '../client/statement-runner.js';
import { History } from './history.js';
import { KIND_OF_LANGUAGE, languageOf, supportsCompletion } from './kinds.js';
import { parseMetaCommand, type MetaContext } from './meta-commands.js';
import { needsMoreInput } from './multiline.js';
import { renderStatementOutput } from './render-output.js';

/** The session this REPL works in, as the engine needs it. */
export interface ReplSession {
  id: number;
  kind: string;
  session: Session;
  /** Created by this REPL (deleted on exit unless --keep). */
  created: boolean;
}

/** What the engine needs from the outside world (the CLI wires the real ones). */
export interface ReplDeps {
  sessions: SessionsApi;
  /** Starts a session — or attaches when `fresh` is false and the user asked to. */
  openSession(fresh: boolean, onState: (state: SessionState, id: number) => void, signal: AbortSignal): Promise<ReplSession>;
  /** Deletes a session this REPL created; the line says what the server confirmed. */
  deleteSession(id: number): Promise<{ ok: boolean; text: string }>;
  /** Watches a session in the background; calls `onLost` once it is gone or dead. Returns a stop function. */
  watchSession(id: number, onLost: (reason: string) => void): () => void;
  /** Session kind asked for (`--kind`), if any. */
  requestedKind?: string;
  keep: boolean;
  historyDir: string;
  cwd: string;
  style: ChalkInstance;
  width(): number;
  saveImage(sessionId: number, png: Buffer): string;
  /**
   * What may reach the terminal of a line the REPL prints: it carries the server's text
   * (statement output, error messages), so escape sequences and known secrets go (colour stays).
   */
  safeText(text: string): string;
  /** The time of statement polls and of the times shown (the system clock unless given). */
  clock?: Clock;
}

export type ReplPhase = 'starting' | 'ready' | 'lost' | 'exiting' | 'closed';

export interface RunningStatement {
  id: number | undefined;
  code: string;
  progress: number;
  startedAt: number;
  cancelling: boolean;
}

/** Everything the UI shows, as one immutable snapshot. */
export interface ReplView {
  phase: ReplPhase;
  sessionId: number | undefined;
  sessionKind: string;
  sessionState: SessionState | undefined;
  statementKind: StatementKind | undefined;
  startedAt: number;
  running: RunningStatement | undefined;
  queued: number;
  /** A one-line hint under the prompt (e.g. how to exit). */
  notice: string | undefined;
}

export type Listener = () => void;

/** Transcript entries kept for `:save` (the terminal's own scrollback holds the rest). */
const TRANSCRIPT_LIMIT = 10_000;

/**
 * The REPL without a terminal: session lifecycle, statement queue, cancel, history,
 * meta commands and output rendering. The Ink app feeds it input and shows `view`;
 * finished output arrives through `onOutput` as rendered strings.
 */
export class ReplEngine {
  private state: ReplView;
  private readonly listeners = new Set<Listener>();
  private readonly outputListeners = new Set<(text: string) => void>();
  private readonly queue: Array<{ code: string; kind: StatementKind | undefined }> = [];
  private readonly transcript: string[] = [];
  private session: ReplSession | undefined;
  /** A session this REPL created that died: deleted on quit or restart, so that it does not linger in Livy's list. */
  private lostSession: ReplSession | undefined;
  private cancelController: AbortController | undefined;
  private startController: AbortController | undefined;
  private opening: Promise<ReplSession> | undefined;
  private stopWatching: () => void = () => {};
  private histories = new Map<string, History>();
  private pumping = false;
  private closedResolve!: () => void;
  /** Resolves once the REPL has quit and cleaned up. */
  readonly closed: Promise<void>;

  constructor(private readonly deps: ReplDeps) {
    const requested = deps.requestedKind && deps.requestedKind !== 'shared' ? languageOf(deps.requestedKind) : undefined;
    this.state = {
      phase: 'starting',
      sessionId: undefined,
      sessionKind: deps.requestedKind ?? 'shared',
      sessionState: undefined,
      statementKind: requested ? KIND_OF_LANGUAGE[requested] : undefined,
      startedAt: this.now(),
      running: undefined,
      queued: 0,
      notice: undefined,
    };
    this.closed = new Promise((resolve) => (this.closedResolve = resolve));
  }

  get view(): ReplView {
    return this.state;
  }

  /** The history of the kind statements are currently sent as. */
  get history(): readonly string[] {
    return this.historyFor().all;
  }

  get transcriptText(): string {
    return this.transcript.join('\n');
  }

  /**
   * A one-line notice under the prompt from outside the engine (e.g. the server is not
   * answering); undefined clears it. Returns the notice as shown.
   */
  showNotice(notice: string | undefined): string | undefined {
    const safe = notice === undefined ? undefined : this.deps.safeText(notice);
    if (this.state.notice !== safe) this.set({ notice: safe });
    return safe;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onOutput(listener: (text: string) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  /** The prompt: kind and session id, e.g. `pyspark:3> `; `…` lines continue it. */
  prompt(): string {
    const kind = this.state.statementKind ?? this.state.sessionKind;
    return `${kind}${this.state.sessionId === undefined ? '' : `:${this.state.sessionId}`}> `;
  }

  /** Whether Enter should insert a newline instead of running the input. */
  needsMoreInput(text: string): boolean {
    if (parseMetaCommand(text)) return false;
    return needsMoreInput(text, languageOf(this.state.statementKind ?? this.state.sessionKind));
  }

  /** Starts or attaches to the session. Rejects when the first session cannot be had. */
  async start(fresh = false): Promise<void> {
    this.set({ phase: 'starting', startedAt: this.now(), sessionState: undefined, notice: undefined });
    const controller = new AbortController();
    this.startController = controller;
    const opening = this.deps.openSession(fresh, (state, id) => this.set({ sessionState: state, sessionId: id }), controller.signal);
    this.opening = opening;
    let session: ReplSession;
    try {
      session = await opening;
    } catch (error) {
      if (this.state.phase === 'exiting' || this.state.phase === 'closed') return;
      throw error;
    } finally {
      this.startController = undefined;
    }
    // quit() came while starting: it deletes what was opened.
    if (this.state.phase === 'exiting' || this.state.phase === 'closed') return;
    this.opening = undefined;
    this.session = session;
    const language = languageOf(session.kind);
    this.set({
      phase: 'ready',
      sessionId: session.id,
      sessionKind: session.kind,
      sessionState: session.session.state,
      statementKind: this.state.statementKind ?? (language ? KIND_OF_LANGUAGE[language] : undefined),
    });
    const how = session.created ? 'started' : 'attached';
    this.emit(
      this.deps.style.dim(
        `session ${session.id} (${session.kind}) ${how}${session.session.appId ? `, application ${session.session.appId}` : ''}. :help for help, Ctrl-D to quit.`,
      ),
    );
    this.stopWatching = this.deps.watchSession(session.id, (reason) => this.lose(reason));
    void this.pump();
  }

  /** A line of input the user ran (Enter on complete input). */
  async submit(text: string): Promise<void> {
    const code = text.replace(/\s+$/, '');
    if (this.state.phase === 'lost') {
      const answer = code.trim().toLowerCase();
      if (answer === '' || answer === 'y' || answer === 'yes') {
        await this.restart();
      } else if (answer === 'n' || answer === 'no' || answer === ':quit') {
        await this.quit();
      } else this.set({ notice: 'answer y to start a new session, n to quit' });
      return;
    }
    if (code.trim() === '') return;
    this.set({ notice: undefined });
    const meta = parseMetaCommand(code);
    if (!meta) {
      // The statement's request leaves first. The echo and the history line follow at the end of
      // this turn of the event loop: before its output can be shown, which takes two replies.
      this.enqueue(code, this.state.statementKind);
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.emit(this.echo(code));
      this.historyFor().add(code);
      return;
    }
    this.emit(this.echo(code));
    if (!meta.command) {
      this.emit(this.deps.style.red(`unknown command :${meta.name} (:help lists them)`));
      return;
    }
    try {
      await meta.command.run(this.metaContext(), meta.arg);
    } catch (error) {
      this.emit(this.deps.style.red(error instanceof Error ? error.message : String(error)));
    }
  }

  /**
   * Ctrl-C. While a statement runs it is cancelled (and what was queued is dropped);
   * otherwise returns false so the caller clears the input or hints how to exit.
   */
  interrupt(): boolean {
    const running = this.state.running;
    if (running) {
      if (running.cancelling) {
        this.set({ notice: 'still cancelling; Ctrl-D or :quit leaves and deletes the session' });
        return true;
      }
      if (this.queue.length > 0) this.emit(this.deps.style.yellow(`dropped ${this.queue.length} queued statement(s)`));
      this.queue.length = 0;
      this.set({ running: { ...running, cancelling: true }, queued: 0 });
      this.cancelController?.abort();
      return true;
    }
    if (this.state.phase === 'starting') {
      void this.quit();
      return true;
    }
    return false;
  }

  /** Tab: completion candidates for the code before `cursor` (spark and pyspark only). */
  async complete(code: string, cursor: number): Promise<string[]> {
    const kind = this.state.statementKind;
    if (!this.session || !kind || !supportsCompletion(languageOf(kind))) return [];
    try {
      return await this.deps.sessions.complete(this.session.id, { code, kind, cursor });
    } catch {
      return [];
    }
  }

  /** Ctrl-D, `:quit`, SIGTERM, SIGHUP: stops, deletes the session unless kept or attached. */
  async quit(): Promise<void> {
    if (this.state.phase === 'exiting' || this.state.phase === 'closed') return this.closed;
    this.set({ phase: 'exiting', notice: undefined });
    this.startController?.abort(new Error('quit while starting'));
    this.stopWatching();
    this.queue.length = 0;
    this.cancelController?.abort();
    const session = this.session ?? this.takeLostSession() ?? (this.opening ? await this.opening.catch(() => undefined) : undefined);
    if (session) {
      if (session.created && !this.deps.keep) {
        this.emit(this.deps.style.dim(`deleting session ${session.id}`));
        const deletion = await this.deps.deleteSession(session.id);
        this.emit(deletion.ok ? this.deps.style.dim(deletion.text) : this.deps.style.red(deletion.text));
      } else {
        this.emit(this.deps.style.dim(`session ${session.id} left running${session.created ? ' (--keep)' : ''}`));
      }
    }
    this.set({ phase: 'closed' });
    this.closedResolve();
  }

  private async restart(): Promise<void> {
    this.session = undefined;
    const lost = this.takeLostSession();
    if (lost) {
      const deletion = await this.deps.deleteSession(lost.id);
      this.emit(deletion.ok ? this.deps.style.dim(deletion.text) : this.deps.style.red(deletion.text));
    }
    try {
      await this.start(true);
    } catch (error) {
      this.emit(this.deps.style.red(error instanceof Error ? error.message : String(error)));
      this.set({ phase: 'lost', notice: 'start another session? [Y/n]' });
    }
  }

  private lose(reason: string): void {
    if (this.state.phase !== 'ready') return;
    this.stopWatching();
    this.cancelController?.abort();
    this.queue.length = 0;
    if (this.session?.created) this.lostSession = this.session;
    this.session = undefined;
    this.emit(this.deps.style.red(`${reason}: whatever was defined in it is lost.`));
    this.set({ phase: 'lost', running: undefined, queued: 0, notice: 'start a new session? [Y/n]' });
  }

  private takeLostSession(): ReplSession | undefined {
    const lost = this.lostSession;
    this.lostSession = undefined;
    return lost;
  }

  private enqueue(code: string, kind: StatementKind | undefined): void {
    this.queue.push({ code, kind });
    this.set({ queued: this.queue.length });
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.state.phase === 'ready' && this.session && this.queue.length > 0) {
        const next = this.queue.shift()!;
        this.set({ queued: this.queue.length });
        await this.execute(this.session, next.code, next.kind);
      }
    } finally {
      this.pumping = false;
    }
  }

  private async execute(session: ReplSession, code: string, kind: StatementKind | undefined): Promise<void> {
    const { style } = this.deps;
    const controller = new AbortController();
    this.cancelController = controller;
    const startedAt = this.now();
    this.set({ running: { id: undefined, code, progress: 0, startedAt, cancelling: false } });
    const update = (statement: Statement): void => {
      const running = this.state.running;
      if (!running) return;
      const progress = statement.progress ?? running.progress;
      // A poll that changed nothing draws nothing: a redraw costs ms the next poll would wait for.
      if (running.id !== statement.id || running.progress !== progress) this.set({ running: { ...running, id: statement.id, progress } });
    };
    try {
      const result = await runStatement(this.deps.sessions, session.id, kind ? { code, kind } : { code }, {
        cancel: controller.signal,
        clock: this.clock,
        onSubmitted: update,
        onUpdate: update,
      });
      const statement = result.statement;
      if (statement.state === 'cancelled' || (result.cancelRequested && !statement.output)) {
        this.emit(style.yellow(`statement ${statement.id} cancelled`));
      } else {
        const rendered = renderStatementOutput(statement.output, {
          style,
          width: this.deps.width(),
          maxRows: 100,
          saveImage: (png) => this.deps.saveImage(session.id, png),
        });
        if (rendered.text !== '') this.emit(rendered.text);
      }
    } catch (error) {
      if (error instanceof LivyHttpError && isGone(error)) {
        this.lose(`session ${session.id} is gone (${error.serverMessage || `HTTP ${error.status}`})`);
      } else if (this.state.phase === 'ready') {
        this.emit(style.red(`statement failed to run: ${error instanceof Error ? error.message : String(error)}`));
      }
    } finally {
      if (this.cancelController === controller) this.cancelController = undefined;
      this.set({ running: undefined });
    }
  }

  private metaContext(): MetaContext {
    const { deps } = this;
    const resolvePath = (path: string) => (isAbsolute(path) ? path : resolve(deps.cwd, path));
    const sessionId = (): number => {
      if (!this.session) throw new Error('no session right now');
      return this.session.id;
    };
    return {
      print: (text) => this.emit(text),
      printError: (text) => this.emit(deps.style.red(text)),
      sessionKind: this.state.sessionKind,
      statementKind: this.state.statementKind,
      setStatementKind: (kind) => this.set({ statementKind: kind }),
      runCode: (code, kind) => this.enqueue(code, kind ?? this.state.statementKind),
      readFile: (path) => readFileSync(resolvePath(path), 'utf8'),
      upload: async (path, what) => {
        const content = readFileSync(resolvePath(path));
        await deps.sessions.upload(sessionId(), what, { name: basename(path), content: new Blob([content]) });
      },
      info: async () => {
        const session = await deps.sessions.get(sessionId());
        return [
          `session:  ${session.id}${session.name ? ` (${session.name})` : ''}`,
          `kind:     ${session.kind ?? ''}${this.state.statementKind ? ` (statements sent as ${this.state.statementKind})` : ''}`,
          `state:    ${session.state}`,
          `app id:   ${session.appId ?? ''}`,
          ...(session.appInfo?.sparkUiUrl ? [`Spark UI: ${session.appInfo.sparkUiUrl}`] : []),
          ...(session.appInfo?.driverLogUrl ? [`driver log: ${session.appInfo.driverLogUrl}`] : []),
          `on exit:  ${this.session?.created && !deps.keep ? 'deleted' : 'kept'}`,
        ].join('\n');
      },
      logTail: (lines) => logTail(deps.sessions, sessionId(), lines),
      saveTranscript: (path) => {
        const full = resolvePath(path);
        writeFileSync(full, `${stripAnsi(this.transcriptText)}\n`);
        return full;
      },
      quit: () => void this.quit(),
    };
  }

  private historyFor(): History {
    const kind = this.state.statementKind ?? this.state.sessionKind;
    let history = this.histories.get(kind);
    if (!history) this.histories.set(kind, (history = new History(this.deps.historyDir, kind)));
    return history;
  }

  private echo(code: string): string {
    const prompt = this.prompt();
    const pad = ' '.repeat(Math.max(0, prompt.length - 4)) + '... ';
    return this.deps.style.bold(
      code
        .split('\n')
        .map((line, i) => `${i === 0 ? prompt : pad}${line}`)
        .join('\n'),
    );
  }

  private emit(raw: string): void {
    const text = this.deps.safeText(raw);
    this.transcript.push(text);
    if (this.transcript.length > TRANSCRIPT_LIMIT) this.transcript.splice(0, this.transcript.length - TRANSCRIPT_LIMIT);
    for (const listener of this.outputListeners) listener(text);
  }

  private set(patch: Partial<ReplView>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** The time on the engine's clock: what `startedAt` in the view is measured against. */
  now(): number {
    return this.clock.now();
  }

  private get clock(): Clock {
    return this.deps.clock ?? systemClock;
  }
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
