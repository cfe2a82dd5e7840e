package dev.ordo.riskassessment;

import java.util.Optional;

import org.springframework.context.ApplicationContext;

import dev.ordo.riskassessment.application.PeriodicReassessment;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/** Waits for a risk's "Reassess risk" task in a person's inbox. */
final class ReassessmentTasks {

	private ReassessmentTasks() {
	}

	/** The tasks are started after the marks committed, through the event publication registry (asynchronous). */
	static Optional<WorkflowTask> await(ApplicationContext context, TestUser user, String riskId)
			throws InterruptedException {
		Workflows workflows = context.getBean(Workflows.class);
		Fixtures fixtures = new Fixtures(context);
		for (int i = 0; i < 100; i++) {
			Optional<WorkflowTask> task = fixtures.as(user, () -> workflows.inbox().stream()
				.filter(t -> riskId.equals(t.businessKey()) && PeriodicReassessment.TASK_FORM.equals(t.formKey()))
				.findFirst());
			if (task.isPresent()) {
				return task;
			}
			Thread.sleep(100);
		}
		return Optional.empty();
	}
}
