import { describe, expect, it } from 'vitest';
import { Interrupts } from '../../../src/cli/interrupts.js';
import { InterruptedError } from '../../../src/errors/cli-error.js';

function interrupts() {
  const exits: number[] = [];
  return { exits, interrupts: new Interrupts((code) => void exits.push(code)) };
}

describe('Interrupts', () => {
  it('a first Ctrl-C asks to stop politely: signal aborted, stop not', () => {
    const { interrupts: i, exits } = interrupts();
    i.receive('SIGINT');
    expect(i.signal.aborted).toBe(true);
    expect(i.signal.reason).toBeInstanceOf(InterruptedError);
    expect(i.stop.aborted).toBe(false);
    expect(exits).toEqual([]);
  });

  it('SIGTERM and SIGHUP ask to stop now', () => {
    for (const name of ['SIGTERM', 'SIGHUP'] as const) {
      const { interrupts: i } = interrupts();
      i.receive(name);
      expect(i.signal.aborted).toBe(true);
      expect((i.stop.reason as InterruptedError).signalName).toBe(name);
    }
  });

  it('a second Ctrl-C ends the process when nothing holds the exit', () => {
    const { interrupts: i, exits } = interrupts();
    i.receive('SIGINT');
    i.receive('SIGINT');
    expect(exits).toEqual([130]);
  });

  it('while the exit is held, the second Ctrl-C aborts stop and the third ends the process, saying what was left', () => {
    const { interrupts: i, exits } = interrupts();
    const said: string[] = [];
    const release = i.holdExit(() => said.push('session 3 may still be running'));
    i.receive('SIGINT');
    i.receive('SIGINT');
    expect(i.stop.aborted).toBe(true);
    expect(exits).toEqual([]);
    i.receive('SIGINT');
    expect(said).toEqual(['session 3 may still be running']);
    expect(exits).toEqual([130]);
    release();
  });

  it('a released hold no longer keeps the second signal from ending the process', () => {
    const { interrupts: i, exits } = interrupts();
    i.holdExit()();
    i.receive('SIGINT');
    i.receive('SIGINT');
    expect(i.stop.aborted).toBe(false);
    expect(exits).toEqual([130]);
  });
});
