import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepProcessLog } from '../support/process-log.js';

export const NGINX = '/usr/sbin/nginx';

/**
 * Debian's nginx as the fleet's load balancer, a child of the test (never a service): a generated
 * config in `dir`, loopback only, round robin, SSE unbuffered with long read timeouts, and a
 * request that could not reach an instance (refused, reset before an answer, 503 while draining)
 * tried on the next one. POSTs are passed on only if they never reached the instance (nginx default).
 */
export async function startNginx(dir: string, port: number, upstreams: readonly number[]): Promise<ChildProcess> {
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, sub), { recursive: true });
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream txassist {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
    # Shorter than the servers' own idle timeout (Node's 5 s), so nginx closes an idle connection
    # before the server does and never sends a request down one the server is closing.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://txassist;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream error timeout http_503;
      proxy_connect_timeout 2s;
      # Server-sent events: no buffering, and a read timeout longer than the heartbeat.
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
  const file = join(dir, 'nginx.conf');
  await writeFile(file, config);
  const child = spawn(NGINX, ['-p', dir, '-c', file, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  keepProcessLog(child, 'nginx');
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  return child;
}
