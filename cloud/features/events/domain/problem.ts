/** A rule an input breaks: the field it concerns and a Chinese sentence for the worker. */
export interface Problem {
  field: string;
  message: string;
}
