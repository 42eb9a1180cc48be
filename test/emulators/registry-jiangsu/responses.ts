import type { ServerResponse } from 'node:http';

/** How the registry answers: JSON with a code from the application, HTML pages from its gateway. */
export const MESSAGES = {
  '0000': '成功',
  badSignature: '签名校验失败',
  staleTimestamp: '时间戳超出允许范围',
  missingCredentials: '缺少认证信息',
  '1002': '应用不存在或已停用',
  '2001': '请求过于频繁，请稍后重试',
  '5000': '系统内部错误，请稍后重试',
} as const;

const GATEWAY_TITLES: Record<number, string> = {
  404: 'Not Found',
  405: 'Not Allowed',
  429: 'Too Many Requests',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

export function jsonBody(code: string, message: string, data: unknown = null): Buffer {
  return Buffer.from(JSON.stringify({ code, message, data }), 'utf8');
}

export function answerJson(response: ServerResponse, status: number, body: Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(body.length), ...headers });
  response.end(body);
}

/** The page an nginx gateway sends: not JSON, so a caller must look at the status first. */
export function answerGateway(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const title = `${status} ${GATEWAY_TITLES[status] ?? 'Error'}`;
  const body = Buffer.from(`<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`);
  response.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': String(body.length), ...headers });
  response.end(body);
}

/** Promises the whole body, sends half of it, then resets the connection. */
export function answerTruncated(response: ServerResponse, body: Buffer): void {
  response.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(body.length) });
  response.write(body.subarray(0, Math.floor(body.length / 2)), () => resetConnection(response));
}

/** A TCP reset rather than a clean close: what a crashed upstream or a dropping middlebox gives. */
export function resetConnection(response: ServerResponse): void {
  const socket = response.socket;
  if (socket && !socket.destroyed) socket.resetAndDestroy();
}
