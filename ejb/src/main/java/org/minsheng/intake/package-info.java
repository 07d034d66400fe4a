/**
 * Where residents' messages come in: the channels' forms and their rules, and the files residents
 * and staff attach to a case (inspected by content, metadata removed). A valid submission is handed
 * to the case workflow, which answers with the tracking number and query code.
 */
package org.minsheng.intake;
