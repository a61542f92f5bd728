/**
 * Editor support: the committed JSON Schema files are the zod schemas' current output, and the
 * real yaml-language-server (the engine of VS Code's YAML extension), configured with the repo's
 * .vscode/settings.json, underlines a misspelt key and a wrong enum value in a content file and
 * shows the Chinese description on hover.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILES, jsonSchemaText, schemaModeline, type SchemaFileName } from '../../src/content/json-schemas.ts';
import { FIXTURES } from '../helpers/content-sandbox.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('schemas/*.schema.json', () => {
  for (const name of Object.keys(SCHEMA_FILES) as SchemaFileName[]) {
    it(`${name} is up to date with the zod schema (else run npm run schemas)`, () => {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8')).toBe(jsonSchemaText(name));
    });
  }
});

describe('the schema modeline for other editors', () => {
  it('points from where each kind of file lives to its schema file', () => {
    for (const [kind, file] of [
      ['item', 'content/b/cf-001.yaml'],
      ['bureau', 'content/b/bureau.yaml'],
      ['flowchart', 'content/b/flowcharts/c.yaml'],
    ] as const) {
      const target = /\$schema=(.+)$/.exec(schemaModeline(kind))![1]!;
      expect(join(ROOT, file, '..', target)).toBe(join(ROOT, 'schemas', `${kind}.schema.json`));
      expect(readFileSync(join(ROOT, file, '..', target), 'utf8')).toBe(jsonSchemaText(`${kind}.schema.json`));
    }
  });
});

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** A minimal LSP client over stdio: Content-Length framed JSON-RPC. */
class LanguageClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private listeners: ((message: { method: string; params: unknown }) => void)[] = [];

  private readonly server: ChildProcessWithoutNullStreams;
  private readonly onRequest: (method: string, params: unknown) => unknown;

  constructor(server: ChildProcessWithoutNullStreams, onRequest: (method: string, params: unknown) => unknown) {
    this.server = server;
    this.onRequest = onRequest;
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method) this.send({ jsonrpc: '2.0', id: message.id, result: this.onRequest(message.method, message.params) ?? null });
      else if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
      else for (const listener of this.listeners) listener(message);
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: unknown) => void);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next diagnostics published for a document that are not empty. */
  diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      this.listeners.push((message) => {
        const params = message.params as { uri: string; diagnostics: Diagnostic[] };
        if (message.method === 'textDocument/publishDiagnostics' && params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics);
      });
    });
  }
}

/** The "yaml.*" settings of .vscode/settings.json as the "yaml" section the server asks for. */
function yamlSection(): Record<string, unknown> {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(settings).filter(([key]) => key.startsWith('yaml.')).map(([key, value]) => [key.slice('yaml.'.length), value]));
}

describe('yaml-language-server with the repo’s editor settings', () => {
  let server: ChildProcessWithoutNullStreams;
  let client: LanguageClient;

  beforeAll(async () => {
    const bin = join(createRequire(import.meta.url).resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
    server = spawn(process.execPath, [bin, '--stdio'], { cwd: ROOT });
    client = new LanguageClient(server, (method) => (method === 'workspace/configuration' ? [yamlSection(), {}, {}, {}, {}] : null));
    const rootUri = pathToFileURL(ROOT).href;
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'qingdan' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: {} });
  });

  afterAll(() => {
    server?.kill();
  });

  it('reports the misspelt key and the wrong category of a broken item, and shows the Chinese title and description on hover', async () => {
    // An item file under content/ (the settings map content/*/*.yaml to the item schema); it need not exist on disk.
    const uri = pathToFileURL(join(ROOT, 'content', 'editor-test', 'cf-001.yaml')).href;
    const valid = readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml'), 'utf8');
    const text = valid.replace('category: 行政处罚', 'category: 行政审批').replace(/^subject:/m, 'subjcet:');
    expect(text).not.toBe(valid);
    const diagnostics = client.diagnosticsFor(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const found = await diagnostics;
    const lines = text.split('\n');
    const at = (d: Diagnostic) => lines[d.range.start.line]!.slice(0, 12);
    const messages = found.map((d) => `${at(d)} → ${d.message}`);
    expect(messages.some((m) => m.startsWith('subjcet:') && /not allowed/i.test(m)), messages.join('\n')).toBe(true);
    expect(messages.some((m) => m.startsWith('category: 行政') && /行政许可/.test(m)), messages.join('\n')).toBe(true);
    // The missing required field shows as well (subject was renamed away).
    expect(messages.some((m) => /subject/.test(m)), messages.join('\n')).toBe(true);

    const nameLine = lines.findIndex((line) => line.startsWith('name:'));
    const hover = await client.request<{ contents: { value: string } | string }>('textDocument/hover', { textDocument: { uri }, position: { line: nameLine, character: 1 } });
    const shown = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(shown).toContain('事项名称');
    expect(shown).toContain('权力事项名称（主项）');
  });

  it('maps bureau.yaml to the bureau schema, not the item schema', async () => {
    const uri = pathToFileURL(join(ROOT, 'content', 'editor-test', 'bureau.yaml')).href;
    const valid = readFileSync(join(FIXTURES, 'valid/content/demo/bureau.yaml'), 'utf8');
    const diagnostics = client.diagnosticsFor(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: valid.replace('level: 县级', 'level: 区级') } });
    const messages = (await diagnostics).map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('县级');
  });
});
