package org.minsheng.nlp.api;

/** Where other features leave labelled examples for the classifier's next training. */
public interface TrainingData {

    /** A dispatcher chose another category than the classifier's. */
    String DISPATCHER_CORRECTION = "dispatcher-correction";

    /** A department returned a case (退单) and the dispatcher re-dispatched it under this category. */
    String DEPARTMENT_RETURN = "department-return";

    /** Must be called inside the transaction of the decision it records. */
    void record(String label, String text, String source, String caseId);

    long count();
}
