/**
 * The step a scripted fake batch is at, as a real server would show it to a wait: each state poll
 * (`GET …/state`) or full view (`GET /batches/{id}`) sees the next step, except that the full
 * view read right after a state poll shows the same one.
 */
export class PollSteps {
  /** How many steps were taken (the step shown is `taken - 1`). */
  taken = 0;
  private afterState = false;

  state(): number {
    this.afterState = true;
    return this.taken++;
  }

  view(): number {
    if (this.afterState) {
      this.afterState = false;
      return this.taken - 1;
    }
    return this.taken++;
  }
}
