import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivyHttpError } from '../../../src/client/errors.js';
import { ContainerLogFollower, containerLogLink, findDriverContainer, type LinkGetter } from '../../../src/client/container-log.js';
import { FakeNodeManager } from '../../support/fake-node-manager.js';

const CONTAINER = 'container_1700000000000_0001_01_000001';

let nm: FakeNodeManager;
beforeEach(async () => {
  nm = await new FakeNodeManager(CONTAINER).start();
});
afterEach(() => nm.stop());

const get: LinkGetter = async (url) => {
  const res = await fetch(url);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
};

function follow() {
  const printed: Record<string, string> = { stdout: '', stderr: '' };
  const follower = new ContainerLogFollower(get, containerLogLink(nm.driverLogUrl)!, (file, text) => (printed[file] += text));
  return { follower, printed };
}

describe('containerLogLink', () => {
  it("reads the NodeManager and the container from Livy's driver log link", () => {
    expect(containerLogLink(`http://nm-7:8042/node/containerlogs/${CONTAINER}/etl`)).toEqual({
      nodeManager: 'http://nm-7:8042',
      containerId: CONTAINER,
    });
  });

  it.each([null, '', 'not a url', 'http://nm:8042/cluster/app/application_1_1', `ftp://nm/node/containerlogs/${CONTAINER}/u`])(
    'is undefined for %s',
    (link) => {
      expect(containerLogLink(link)).toBeUndefined();
    },
  );
});

describe('ContainerLogFollower', () => {
  it('prints both files whole at first, then only what was appended, asking for just the new bytes', async () => {
    nm.files.stdout = 'line 1\nline 2\n';
    nm.files.stderr = 'INFO starting\n';
    const { follower, printed } = follow();
    await follower.poll();
    expect(printed).toEqual({ stdout: 'line 1\nline 2\n', stderr: 'INFO starting\n' });
    nm.files.stdout += 'line 3\n';
    nm.requests.length = 0;
    await follower.poll();
    expect(printed.stdout).toBe('line 1\nline 2\nline 3\n');
    expect(printed.stderr).toBe('INFO starting\n');
    expect(nm.requests).toEqual([`/ws/v1/node/containers/${CONTAINER}/logs`, `/ws/v1/node/containers/${CONTAINER}/logs/stdout?size=-7`]);
  });

  it('a file that grows between the listing and the read is asked again, so nothing is skipped', async () => {
    nm.files.stdout = 'a\n';
    const { follower, printed } = follow();
    await follower.poll();
    nm.files.stdout += 'b\n';
    nm.growOnNextRead = 'c\n';
    await follower.poll();
    expect(printed.stdout).toBe('a\nb\nc\n');
  });

  it('a last line without its newline and non-ASCII text come through whole', async () => {
    nm.files.stdout = 'done\npartial é';
    const { follower, printed } = follow();
    await follower.poll();
    follower.flush();
    expect(printed.stdout).toBe('done\npartial é');
  });

  it('a container still localizing has no log yet: nothing is printed, and its output comes once it runs', async () => {
    nm.notStartedState = 'LOCALIZING';
    const { follower, printed } = follow();
    await follower.poll();
    expect(printed).toEqual({ stdout: '', stderr: '' });
    nm.notStartedState = undefined;
    nm.files.stdout = 'RESULT 21\n';
    await follower.poll();
    expect(printed.stdout).toBe('RESULT 21\n');
  });

  it("a container the NodeManager does not know is an HTTP error with the NodeManager's words", async () => {
    const follower = new ContainerLogFollower(get, { nodeManager: nm.url, containerId: 'container_1_2_3_4' }, () => {});
    const error = await follower.poll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivyHttpError);
    expect((error as LivyHttpError).status).toBe(404);
    expect((error as LivyHttpError).serverMessage).toBe('Cannot find this log on the local disk.');
  });
});

describe('findDriverContainer', () => {
  it("uses Livy's link while the application runs", async () => {
    const link = await findDriverContainer(get, { appId: 'application_1700000000000_0001', appInfo: { driverLogUrl: nm.driverLogUrl } });
    expect(link).toEqual({ nodeManager: nm.url, containerId: CONTAINER });
  });

  it("after the application ended (Livy drops the link), asks the ResourceManager behind the Spark UI link for the last attempt's container", async () => {
    const appId = 'application_1700000000000_0001';
    const link = await findDriverContainer(get, { appId, appInfo: { driverLogUrl: null, sparkUiUrl: `${nm.url}/proxy/${appId}/` } });
    expect(link).toEqual({ nodeManager: nm.url, containerId: CONTAINER });
    expect(nm.requests).toContain(`/ws/v1/cluster/apps/${appId}/appattempts`);
  });

  it("a failed application's link to the ResourceManager's app page leads there too", async () => {
    const appId = 'application_1700000000000_0002';
    const link = await findDriverContainer(get, { appId, appInfo: { driverLogUrl: null, sparkUiUrl: `${nm.url}/cluster/app/${appId}` } });
    expect(link).toEqual({ nodeManager: nm.url, containerId: CONTAINER });
  });

  it('is undefined for a batch without a YARN application', async () => {
    expect(await findDriverContainer(get, { appId: null, appInfo: { driverLogUrl: null, sparkUiUrl: null } })).toBeUndefined();
  });
});
