/**
 * The workflow engine behind a small API: start a BPMN process for a business record, list a person's task inbox,
 * complete a task with form data.
 *
 * <p>Flowable runs the BPMN models each process module ships under {@code processes/<module>/}. No Flowable type
 * leaks out of this module, so process modules state what they need ("start the tailoring approval for this change")
 * and the engine could be replaced. Every process instance carries its organization as tenant id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow (BPMN engine)")
package dev.ordo.workflow;
