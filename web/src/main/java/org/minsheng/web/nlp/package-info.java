/**
 * The classifier's administration on the web: the model in use, retraining with progress and
 * activating a version, as a page and REST.
 */
package org.minsheng.web.nlp;
