/**
 * What the script importers (nmcli, iproute2) share: a POSIX shell tokeniser that turns a script
 * into simple commands without running anything. Quotes, backslash-newline continuations,
 * comments, separators, redirections, shell keywords, functions and plain variables are handled;
 * an expansion it cannot resolve ($1, $(…), `…`, an unknown $VAR) leaves the command unresolved.
 */
import { noteAt, type Origin } from './parse-helpers';
import type { ImportNote, SourceFile } from './types';

/** A piece of a word: literal text, a variable to look up, or a substitution never resolved. */
type Part =
  { kind: 'text'; text: string } | { kind: 'var'; name: string } | { kind: 'subst'; text: string };

interface RawWord {
  parts: Part[];
  /** Whether any part of it was quoted (`NAME='x'` is still an assignment, `'NAME=x'` is not). */
  quotedStart: boolean;
}

interface RawCommand {
  words: RawWord[];
  redirects: RawWord[];
  line: number;
  start: number;
  end: number;
}

/** One simple command of a script, its words expanded as far as the script itself tells. */
export interface ScriptCommand {
  /** The words; an unresolved expansion stays in as its source text (`$1`). */
  args: string[];
  /** Where the command starts. */
  origin: Origin;
  /** The command's text as written, continuations joined, for notes. */
  text: string;
  /** True when a word holds an expansion the script does not define. */
  unresolved: boolean;
  /** Targets of its redirections (`>/dev/null` gives '/dev/null'). */
  redirects: string[];
}

/** A script's commands and the names of the functions it defines. */
export interface Script {
  commands: ScriptCommand[];
  functions: ReadonlySet<string>;
}

const SEPARATORS = new Set([';', '&', '|']);
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>']);
// Words that only give structure to what follows: the commands inside are read as they come.
const LEADING_KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'while', 'until', 'do', '!', '{']);
const CLOSING_KEYWORDS = new Set(['fi', 'done', '}', 'then', 'else', 'do', 'esac']);

class Scanner {
  private index = 0;
  private line = 1;
  private commands: RawCommand[] = [];
  private words: RawWord[] = [];
  private redirects: RawWord[] = [];
  private word: RawWord | undefined;
  private redirectNext = false;
  private commandLine = 1;
  private commandStart = 0;

  constructor(
    private readonly text: string,
    private readonly origin: (line: number) => Origin,
    private readonly notes: ImportNote[],
  ) {}

  run(): RawCommand[] {
    while (this.index < this.text.length) {
      this.step();
    }
    this.endCommand();
    return this.commands;
  }

  private peek(offset = 0): string {
    return this.text[this.index + offset] ?? '';
  }

  private current(): RawWord {
    if (this.word === undefined) {
      if (this.words.length === 0 && this.redirects.length === 0) {
        this.commandLine = this.line;
        this.commandStart = this.index;
      }
      this.word = { parts: [], quotedStart: false };
    }
    return this.word;
  }

  private addText(text: string): void {
    const word = this.current();
    const last = word.parts[word.parts.length - 1];
    if (last?.kind === 'text') last.text += text;
    else word.parts.push({ kind: 'text', text });
  }

  private endWord(): void {
    if (this.word === undefined) return;
    if (this.redirectNext) this.redirects.push(this.word);
    else this.words.push(this.word);
    this.redirectNext = false;
    this.word = undefined;
  }

  private endCommand(): void {
    this.endWord();
    if (this.words.length > 0 || this.redirects.length > 0) {
      this.commands.push({
        words: this.words,
        redirects: this.redirects,
        line: this.commandLine,
        start: this.commandStart,
        end: this.index,
      });
    }
    this.words = [];
    this.redirects = [];
    this.redirectNext = false;
  }

  private step(): void {
    const char = this.peek();
    if (char === '\\' && this.peek(1) === '\n') {
      this.index += 2;
      this.line += 1;
    } else if (char === '\n') {
      this.endCommand();
      this.index += 1;
      this.line += 1;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      this.endWord();
      this.index += 1;
    } else if (char === '#' && this.word === undefined) {
      while (this.index < this.text.length && this.peek() !== '\n') this.index += 1;
    } else if (SEPARATORS.has(char)) {
      this.endCommand();
      this.index += char === this.peek(1) ? 2 : 1;
    } else if (char === '(' || char === ')') {
      this.endWord();
      this.current().parts.push({ kind: 'text', text: char });
      this.index += 1;
      this.endWord();
    } else if (char === '<' || char === '>') {
      this.redirection();
    } else {
      this.wordChar(char);
    }
  }

  // `2>&1`, `>/dev/null`, `> file`, `<<EOF` (here-documents are not supported: the words after
  // them are read as commands and noted by the importer).
  private redirection(): void {
    const word = this.word;
    const fd =
      word?.parts.length === 1 &&
      word.parts[0]?.kind === 'text' &&
      /^[0-9]+$/.test(word.parts[0].text);
    if (fd) this.word = undefined;
    else this.endWord();
    while (this.peek() === '<' || this.peek() === '>') this.index += 1;
    if (this.peek() === '&') {
      this.index += 1;
      let target = '';
      while (/[0-9-]/.test(this.peek())) {
        target += this.peek();
        this.index += 1;
      }
      this.redirects.push({ parts: [{ kind: 'text', text: `&${target}` }], quotedStart: false });
      return;
    }
    this.redirectNext = true;
  }

  private wordChar(char: string): void {
    const word = this.current();
    if (char === "'") {
      if (word.parts.length === 0) word.quotedStart = true;
      const close = this.text.indexOf("'", this.index + 1);
      const end = close < 0 ? this.text.length : close;
      if (close < 0)
        this.notes.push(
          noteAt('warning', 'line-not-understood', this.origin(this.line), {
            text: this.text.slice(this.index).split('\n')[0] ?? '',
          }),
        );
      const quoted = this.text.slice(this.index + 1, end);
      this.addText(quoted);
      this.line += quoted.split('\n').length - 1;
      this.index = end + 1;
    } else if (char === '"') {
      if (word.parts.length === 0) word.quotedStart = true;
      this.index += 1;
      this.doubleQuoted();
    } else if (char === '\\') {
      this.addText(this.peek(1));
      this.index += 2;
    } else if (char === '$' || char === '`') {
      this.expansion();
    } else {
      let run = '';
      while (this.index < this.text.length) {
        const next = this.peek();
        if (WORD_END.has(next) || '\'"\\$`'.includes(next)) break;
        run += next;
        this.index += 1;
      }
      this.addText(run);
    }
  }

  private doubleQuoted(): void {
    const startLine = this.line;
    this.current();
    while (this.index < this.text.length && this.peek() !== '"') {
      const char = this.peek();
      if (char === '\\' && '$`"\\\n'.includes(this.peek(1))) {
        if (this.peek(1) === '\n') this.line += 1;
        else this.addText(this.peek(1));
        this.index += 2;
      } else if (char === '$' || char === '`') {
        this.expansion();
      } else {
        if (char === '\n') this.line += 1;
        this.addText(char);
        this.index += 1;
      }
    }
    if (this.index >= this.text.length) {
      this.notes.push(
        noteAt('warning', 'line-not-understood', this.origin(startLine), { text: '"' }),
      );
    }
    this.index += 1;
  }

  // $NAME, ${NAME}, $1, $?, $(…), $((…)), `…`: only plain names can be looked up later.
  private expansion(): void {
    const word = this.current();
    const start = this.index;
    const next = this.peek(1);
    if (this.peek() === '`') {
      const close = this.text.indexOf('`', this.index + 1);
      this.index = close < 0 ? this.text.length : close + 1;
    } else if (next === '(') {
      let depth = 0;
      this.index += 1;
      do {
        if (this.peek() === '(') depth += 1;
        if (this.peek() === ')') depth -= 1;
        if (this.peek() === '\n') this.line += 1;
        this.index += 1;
      } while (this.index < this.text.length && depth > 0);
    } else if (next === '{') {
      const close = this.text.indexOf('}', this.index);
      const inner = this.text.slice(this.index + 2, close < 0 ? this.text.length : close);
      this.index = close < 0 ? this.text.length : close + 1;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) {
        word.parts.push({ kind: 'var', name: inner });
        return;
      }
    } else if (/[A-Za-z_]/.test(next)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.index + 1))?.[0] ?? '';
      this.index += 1 + name.length;
      word.parts.push({ kind: 'var', name });
      return;
    } else if (/[0-9@*#?$!-]/.test(next) && next !== '') {
      this.index += 2;
    } else {
      this.addText('$');
      this.index += 1;
      return;
    }
    word.parts.push({ kind: 'subst', text: this.text.slice(start, this.index) });
  }
}

function expand(
  word: RawWord,
  vars: ReadonlyMap<string, string | undefined>,
): { text: string; resolved: boolean } {
  let resolved = true;
  const text = word.parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = part.kind === 'var' ? vars.get(part.name) : undefined;
      if (value === undefined) {
        resolved = false;
        return part.kind === 'var' ? `$${part.name}` : part.text;
      }
      return value;
    })
    .join('');
  return { text, resolved };
}

const WRAPPERS = new Set(['sudo', 'exec', 'nohup', 'time']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function assignmentName(word: RawWord): string | undefined {
  const first = word.parts[0];
  return !word.quotedStart && first?.kind === 'text' ? ASSIGNMENT.exec(first.text)?.[1] : undefined;
}

function sourceText(text: string, command: RawCommand): string {
  return text
    .slice(command.start, command.end)
    .replace(/[ \t]*\\\r?\n[ \t]*/g, ' ')
    .trim();
}

/**
 * Reads a shell script into its simple commands, in order, without running it: shell keywords
 * (if/then/elif/else/fi, while/do/done, braces) are dropped so the commands inside read as any
 * other, `NAME() {` records a function, and `NAME=value` lines define variables that later words
 * may use. Unterminated quotes are noted ('line-not-understood').
 * @example readScript({ path: 's', text: 'B=bond0\nip link add "$B" type bond' }).commands[0]?.args
 *   // ['ip', 'link', 'add', 'bond0', 'type', 'bond']
 */
export function readScript(file: SourceFile, notes: ImportNote[]): Script {
  const raw = new Scanner(file.text, (line) => ({ file: file.path, line }), notes).run();
  const vars = new Map<string, string | undefined>();
  const functions = new Set<string>();
  const commands: ScriptCommand[] = [];
  for (const command of raw) {
    const words = [...command.words];
    const head = (): string | undefined => {
      const part = words[0]?.parts[0];
      return words[0]?.parts.length === 1 && part?.kind === 'text' && !words[0].quotedStart
        ? part.text
        : undefined;
    };
    while (words.length > 0 && LEADING_KEYWORDS.has(head() ?? '')) words.shift();
    if (words.length === 0 || (words.length === 1 && CLOSING_KEYWORDS.has(head() ?? ''))) continue;
    if (head() === 'function' && words.length >= 2) {
      words.shift();
    }
    const name = head();
    if (name !== undefined && words.length >= 3 && words[1]?.parts[0]?.kind === 'text') {
      const open = expand(words[1], vars).text;
      const close = words[2] === undefined ? '' : expand(words[2], vars).text;
      if (open === '(' && close === ')') {
        functions.add(name);
        continue;
      }
    }
    const prefix: RawWord[] = [];
    while (words[0] !== undefined && assignmentName(words[0]) !== undefined) {
      prefix.push(words[0]);
      words.shift();
    }
    if (words.length === 0 || head() === 'export' || head() === 'readonly') {
      for (const word of words.length === 0 ? prefix : words.slice(1)) {
        const key = assignmentName(word);
        if (key === undefined) continue;
        const { text, resolved } = expand(word, vars);
        vars.set(key, resolved ? text.slice(key.length + 1) : undefined);
      }
      continue;
    }
    // Wrappers that run the rest as the command: `sudo ip link …` is `ip link …`.
    while (
      words.length > 1 &&
      (WRAPPERS.has(head() ?? '') ||
        (head() === 'command' &&
          words[1]?.parts[0]?.kind === 'text' &&
          !expand(words[1], vars).text.startsWith('-')))
    ) {
      words.shift();
    }
    const expanded = words.map((word) => expand(word, vars));
    commands.push({
      args: expanded.map((word) => word.text),
      origin: { file: file.path, line: command.line },
      text: sourceText(file.text, command),
      unresolved: expanded.some((word) => !word.resolved),
      redirects: command.redirects.map((word) => expand(word, vars).text),
    });
  }
  return { commands, functions };
}

// Commands that change nothing a design describes; with a redirection into a file they might.
const HARMLESS = new Set([
  'set',
  'echo',
  'printf',
  'exit',
  'return',
  'true',
  'false',
  ':',
  '[',
  '[[',
  'test',
  'command',
  'sleep',
  'local',
  'shift',
  'wait',
  'logger',
]);

/**
 * Whether a command changes nothing a design describes: shell built-ins such as set, echo, test
 * and exit, and calls to the script's own functions (whose bodies are read as commands of their
 * own). A redirection into anything but /dev/… or a file descriptor makes it count.
 */
export function isHarmless(command: ScriptCommand, script: Script): boolean {
  const name = command.args[0] ?? '';
  const intoFile = command.redirects.some(
    (target) => !target.startsWith('/dev/') && !target.startsWith('&'),
  );
  return !intoFile && (HARMLESS.has(name) || script.functions.has(name));
}
