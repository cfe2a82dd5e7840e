package dev.ordo.workflow.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.workflow.TaskForm;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.WorkflowRunView;
import dev.ordo.workflow.WorkflowTaskCompleted;
import dev.ordo.workflow.Workflows;

/**
 * {@link Workflows} on Flowable. The organization is the tenant id of every process instance and every query is
 * narrowed to it, the same rule the persistence layer applies to Ordo's own tables.
 */
@Service
class FlowableWorkflows implements Workflows {

	private static final int INBOX_LIMIT = 100;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private static final String BUSINESS_KEY = "ordoBusinessKey";

	private final HistoryService history;

	private final Map<String, TaskForm> forms;

	private final ApplicationEventPublisher events;

	private final RunHistory runs;

	FlowableWorkflows(RuntimeService runtime, TaskService tasks, HistoryService history, List<TaskForm> forms,
			ApplicationEventPublisher events, RunHistory runs) {
		this.runs = runs;
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
		this.forms = forms.stream().collect(Collectors.toMap(TaskForm::formKey, Function.identity()));
		this.events = events;
	}

	@Override
	@Transactional
	public String start(String processKey, String businessKey, Map<String, Object> variables) {
		String tenant = CurrentActor.organizationId().toString();
		Map<String, Object> withKey = new java.util.HashMap<>(variables);
		// Kept as a variable too, so that completing a task finds it among the variables it loads anyway.
		withKey.put(BUSINESS_KEY, businessKey);
		// Who started the run, for its lineage (null when the system did: timers, events).
		UUID starter = CurrentActor.userIdOrNull();
		if (starter != null) {
			withKey.put(RunHistory.STARTED_BY, starter.toString());
		}
		return runtime.createProcessInstanceBuilder()
			.processDefinitionKey(processKey)
			.businessKey(businessKey)
			.variables(withKey)
			// Definitions are deployed once for all organizations; each run belongs to one.
			.overrideProcessDefinitionTenantId(tenant)
			.start()
			.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkflowTask> inbox() {
		OrdoPrincipal me = CurrentActor.require();
		List<Task> open = tasks.createTaskQuery()
			.taskTenantId(tenant())
			.or()
			.taskAssignee(me.userId().toString())
			.taskCandidateGroupIn(me.roles().isEmpty() ? List.of("-") : List.copyOf(me.roles()))
			.endOr()
			.includeProcessVariables()
			.includeIdentityLinks()
			.orderByTaskCreateTime().desc()
			.listPage(0, INBOX_LIMIT);
		return views(open);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkflowTask> openTasks(String businessKey) {
		List<Task> open = tasks.createTaskQuery()
			.taskTenantId(tenant())
			.processInstanceBusinessKey(businessKey)
			.includeProcessVariables()
			.includeIdentityLinks()
			.orderByTaskCreateTime().asc()
			.listPage(0, INBOX_LIMIT);
		return views(open);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkflowTask> task(String taskId) {
		return Optional.ofNullable(findOpen(taskId)).map(t -> views(List.of(t)).get(0));
	}

	@Override
	@Transactional
	public void complete(String taskId, Map<String, Object> formData) {
		OrdoPrincipal me = CurrentActor.require();
		Task task = findOpen(taskId);
		if (task == null) {
			throw new NotFound("Task", taskId);
		}
		TaskForm form = forms.get(task.getFormKey());
		if (!mayWorkOn(task, me)) {
			String refusal = form == null ? null : form.refusal(task.getProcessVariables());
			throw new AccessDenied(refusal != null ? refusal : "This task is for " + describeCandidates(task));
		}
		Map<String, Object> variables = form == null ? Map.copyOf(formData) : form.validate(formData, task.getProcessVariables());
		Map<String, Object> withActor = new java.util.HashMap<>(variables);
		withActor.put("completedBy", me.userId().toString());
		String processKey = task.getProcessDefinitionId().split(":")[0];
		Object keyVariable = task.getProcessVariables().get(BUSINESS_KEY);
		String businessKey = keyVariable != null ? keyVariable.toString()
				: runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
					.getBusinessKey();
		if (form != null) {
			// The decision as the module checked it, kept with the task: history at level audit keeps only the last
			// value of a process variable, so a second decision would overwrite the first's comment. Renamed, because
			// a local variable would capture the process variable of the same name the model's gateways read.
			Map<String, Object> decision = new java.util.HashMap<>();
			variables.forEach((k, v) -> decision.put(RunHistory.DECISION_PREFIX + k, v));
			tasks.setVariablesLocal(taskId, decision);
		}
		// Completing with the user id records who completed it; a separate claim would cost a command of its own.
		tasks.complete(taskId, me.userId().toString(), withActor);
		events.publishEvent(new WorkflowTaskCompleted(UUID.fromString(task.getTenantId()), taskId, task.getName(),
				processKey, businessKey, me.userId()));
	}

	@Override
	@Transactional
	public int message(String businessKey, String messageName) {
		List<org.flowable.engine.runtime.Execution> waiting = runtime.createExecutionQuery().executionTenantId(tenant())
			.processInstanceBusinessKey(businessKey, true).messageEventSubscriptionName(messageName).list();
		waiting.forEach(execution -> runtime.messageEventReceived(messageName, execution.getId()));
		return waiting.size();
	}

	@Override
	@Transactional
	public boolean cancel(String processInstanceId, String reason) {
		boolean running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.processInstanceTenantId(tenant()).count() > 0;
		if (running) {
			runtime.deleteProcessInstance(processInstanceId, reason);
			return true;
		}
		if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.processInstanceTenantId(tenant()).count() == 0) {
			throw new NotFound("Process instance", processInstanceId);
		}
		return false;
	}

	@Override
	@Transactional
	public void reassign(String taskId, String assignee, String candidateGroup) {
		Task task = findOpen(taskId);
		if (task == null) {
			throw new NotFound("Task", taskId);
		}
		if (candidateGroup != null && !candidateGroups(task).contains(candidateGroup)) {
			tasks.addCandidateGroup(taskId, candidateGroup);
		}
		tasks.setAssignee(taskId, assignee);
	}

	@Override
	@Transactional
	public void setVariable(String processInstanceId, String name, Object value) {
		if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).processInstanceTenantId(tenant())
			.count() == 0) {
			throw new NotFound("Process instance", processInstanceId);
		}
		runtime.setVariable(processInstanceId, name, value);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkflowTask> assignedTasks(String processKey, String assignee) {
		List<Task> open = tasks.createTaskQuery()
			.taskTenantId(tenant())
			.processDefinitionKey(processKey)
			.taskAssignee(assignee)
			.includeProcessVariables()
			.includeIdentityLinks()
			.orderByTaskCreateTime().asc()
			.listPage(0, INBOX_LIMIT);
		return views(open);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasEnded(String processInstanceId) {
		return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.processInstanceTenantId(tenant()).finished().count() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public WorkflowRunView run(String processInstanceId) {
		return runs.run(processInstanceId);
	}

	private Task findOpen(String taskId) {
		return tasks.createTaskQuery().taskId(taskId).taskTenantId(tenant()).includeProcessVariables()
			.includeIdentityLinks().singleResult();
	}

	private boolean mayWorkOn(Task task, OrdoPrincipal me) {
		String userId = me.userId().toString();
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(userId);
		}
		for (IdentityLinkInfo link : task.getIdentityLinks()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (userId.equals(link.getUserId()) || (link.getGroupId() != null && me.hasRole(link.getGroupId()))) {
				return true;
			}
		}
		return false;
	}

	private String describeCandidates(Task task) {
		List<String> who = candidateGroups(task).stream().map(g -> "role " + g).toList();
		return who.isEmpty() ? "someone else" : String.join(" or ", who);
	}

	private List<WorkflowTask> views(List<Task> open) {
		if (open.isEmpty()) {
			return List.of();
		}
		Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
			.processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list().stream()
			.collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
		return open.stream().map(t -> {
			String businessKey = businessKeys.getOrDefault(t.getProcessInstanceId(), "");
			TaskForm form = forms.get(t.getFormKey());
			String link = form != null ? form.link(businessKey) : "/tasks";
			return new WorkflowTask(t.getId(), t.getName(), t.getFormKey(), t.getProcessDefinitionId().split(":")[0],
					t.getProcessInstanceId(), businessKey, t.getCreateTime().toInstant(), t.getAssignee(),
					candidateGroups(t), link, Map.copyOf(withoutNulls(t.getProcessVariables())));
		}).toList();
	}

	private static List<String> candidateGroups(Task task) {
		return task.getIdentityLinks().stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(IdentityLinkInfo::getGroupId).toList();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> variables) {
		Map<String, Object> copy = new java.util.HashMap<>();
		variables.forEach((k, v) -> {
			if (v != null && !BUSINESS_KEY.equals(k) && !RunHistory.STARTED_BY.equals(k)) {
				copy.put(k, v);
			}
		});
		return copy;
	}

	private static String tenant() {
		return CurrentActor.organizationId().toString();
	}
}
