// http.Agents whose connections use a fake DNS lookup, so connect failures can be tested without any
// packet leaving the machine (a real unroutable address or unknown host would need the network).
import * as http from 'node:http';
import * as net from 'node:net';

type Lookup = NonNullable<net.TcpNetConnectOpts['lookup']>;

class LookupAgent extends http.Agent {
  /** Sockets handed out, to check that they were destroyed. */
  readonly created: net.Socket[] = [];

  constructor(private readonly lookup: Lookup) {
    super({ keepAlive: false });
  }

  override createConnection(options: net.NetConnectOpts): net.Socket {
    const socket = net.connect({ ...(options as net.TcpNetConnectOpts), lookup: this.lookup });
    this.created.push(socket);
    return socket;
  }
}

/** The lookup never answers: the connection stays in its connect phase until destroyed. */
export function stuckConnectAgent(): LookupAgent {
  return new LookupAgent(() => undefined);
}

/** The lookup fails like an unknown host. */
export function unknownHostAgent(): LookupAgent {
  return new LookupAgent((hostname, _options, callback) => {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    process.nextTick(() => (callback as (e: Error) => void)(error));
  });
}
