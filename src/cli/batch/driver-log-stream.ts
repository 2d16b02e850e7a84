import {
  ContainerLogFollower,
  containerLogLink,
  findDriverContainer,
  type ContainerLogFile,
  type ContainerLogLink,
} from '../../client/container-log.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { Batch } from '../../client/schemas.js';

/** How often the driver's log files are checked for new bytes while the batch runs. */
const DRIVER_LOG_POLL_MS = 1000;

/**
 * `--driver-log`: streams the driver's own stdout and stderr from its YARN container (through the
 * NodeManager link Livy gives while the application runs) instead of Livy's log, which keeps only
 * the last lines and, in cluster mode, holds spark-submit's output rather than the driver's.
 * Until the link is known, or once it cannot be read, Livy's log is shown (`showsLivyLog`).
 */
export class DriverLogStream {
  private follower: ContainerLogFollower | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private failed = false;

  constructor(
    private readonly client: LivyClient,
    private readonly write: (file: ContainerLogFile, text: string) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** Whether Livy's log lines should be shown now. */
  get showsLivyLog(): boolean {
    return !this.follower || this.failed;
  }

  /** Starts the polling that follows the driver's log once its container is known (`seen`). */
  start(): void {
    this.schedule();
  }

  /**
   * Every view of the batch the wait has checked is its own: Livy links the driver's container
   * once the application runs.
   */
  seen(batch: Batch): void {
    const link = containerLogLink(batch.appInfo?.driverLogUrl);
    if (link) this.follow(link);
  }

  /** No more polling (the wait ended, or was interrupted). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** After the batch ended: the last bytes the driver wrote, or why they were not shown. */
  async finish(batch: Batch | undefined): Promise<void> {
    this.stop();
    await this.polling;
    if (batch && !this.follower && !this.failed) {
      const link = await findDriverContainer(this.getLink, batch).catch(() => undefined);
      if (link) this.follow(link);
    }
    if (!this.follower) {
      if (!this.failed) {
        this.warn(
          "--driver-log: Livy gave no driver log link for this batch (it links one only for a YARN application while it runs): showed Livy's log",
        );
      }
      return;
    }
    if (!this.failed) await this.poll();
    this.follower.flush();
  }

  private readonly getLink = (url: string, signal?: AbortSignal) => this.client.http.getLink(url, { signal });

  private follow(link: ContainerLogLink): void {
    this.follower ??= new ContainerLogFollower(this.getLink, link, this.write);
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.polling = this.poll().finally(() => {
        this.polling = undefined;
        if (this.timer && !this.failed) this.schedule();
      });
    }, DRIVER_LOG_POLL_MS);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.failed || !this.follower) return;
    try {
      await this.follower.poll();
    } catch (error) {
      this.failed = true;
      const reason = error instanceof Error ? error.message : String(error);
      this.warn(
        `--driver-log: cannot read the driver's log from ${this.follower.link.nodeManager} (${reason}): showing Livy's log from here on`,
      );
    }
  }
}
