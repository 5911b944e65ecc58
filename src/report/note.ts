/** A step's sentence with its message id, so renderers can word it in the report's language. */
import { msg, type Message, type Param } from '../shared/message.js';

export function note(text: string, id: string, params: Record<string, Param> = {}): { text: string; message: Message } {
  return { text, message: msg(id, params) };
}

export { msg };
