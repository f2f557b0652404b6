/** A tiny browser stand-in for server-rendered pages: keeps cookies, reads CSRF tokens from forms. */
export function httpSession(baseUrl: string) {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (/expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value.join('='));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return {
    cookies,
    async get(path: string): Promise<{ status: number; text: string; location: string | null }> {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: header() }, redirect: 'manual' });
      remember(response);
      return { status: response.status, text: await response.text(), location: response.headers.get('location') };
    },
    /** A stream's status: the response is dropped once its headers arrive. */
    async open(path: string): Promise<{ status: number; type: string | null }> {
      const abort = new AbortController();
      const response = await fetch(`${baseUrl}${path}`, {
        headers: { cookie: header() },
        redirect: 'manual',
        signal: abort.signal,
      });
      remember(response);
      abort.abort();
      return { status: response.status, type: response.headers.get('content-type') };
    },
    async post(
      path: string,
      form: Record<string, string>,
    ): Promise<{ status: number; text: string; location: string | null }> {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie: header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      });
      remember(response);
      return { status: response.status, text: await response.text(), location: response.headers.get('location') };
    },
  };
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token in the page');
  return match[1];
}
