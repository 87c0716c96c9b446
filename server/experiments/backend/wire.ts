/**
 * The HTTP conventions between the load generator and the servers of the
 * backend lesson. Story requests carry a message id in a header, so the
 * worker that serves one can name it in its events; the response says who
 * served it. Free of imports: the worker threads load it too.
 */

/** Header with the message id of a story request (absent on measured requests: they emit nothing). */
export const STORY_HEADER = 'x-lab-msg';
/** Header that makes the serving worker take a fatal fault: the "request of death". */
export const FAULT_HEADER = 'x-lab-fault';
/** Response header naming the actor (thread or process) that served the request. */
export const SERVED_BY_HEADER = 'x-served-by';

/** The message id of a story request's response. */
export function responseMsg(requestMsg: string): string {
  return `${requestMsg}r`;
}
