/**
 * Staged processes of building and running a partnership: process definitions as data (the four
 * LSW stages, the action-bank loop, the DPZM cycle, the first implementation of Model
 * Kooperacji, or a user's own) and process instances that record, for one partnership, which
 * steps were done, when, by whom and on what evidence.
 *
 * <p>Polish: <i>procesy (etapy i kroki budowania i działania partnerstwa)</i>.
 *
 * <p>A definition is made of stages, stages of steps, and a step either is completed itself or
 * has sub-steps that are completed one by one (the step is done when all its sub-steps are). A
 * step may name prerequisites; a sub-step inherits the prerequisites of its step. A loop starts a
 * new iteration in which a tail of the steps must be done again, while the history of earlier
 * iterations is kept. Standing tasks are carried on throughout and are not sequenced.
 */
@LswStyle
package pl.lsw.core.process;

import pl.lsw.core.kernel.LswStyle;
