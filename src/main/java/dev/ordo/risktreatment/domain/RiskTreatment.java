package dev.ordo.risktreatment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.TreatmentOption;

/**
 * The treatment of one risk: option, rationale, the selected controls (catalog id and control id, one per line) and
 * the acceptance run that last approved it.
 */
@Entity
@Table(name = "risk_treatment")
public class RiskTreatment extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID riskId;

	@Enumerated(EnumType.STRING)
	private TreatmentOption treatmentOption;

	private String rationale;

	private String controls;

	private UUID updatedBy;

	private Instant updatedAt;

	private UUID approvedBy;

	private Instant approvedAt;

	private String approvalInstanceId;

	@Version
	private long version;

	protected RiskTreatment() {
	}

	public RiskTreatment(UUID riskId) {
		this.id = UUID.randomUUID();
		this.riskId = riskId;
	}

	/**
	 * Sets option, rationale and controls. When any of them changed the plan needs approval again; saving the same
	 * treatment keeps its approval.
	 *
	 * @return whether anything changed
	 */
	public boolean change(TreatmentOption option, String rationale, List<ControlRef> controls, UUID by, Instant now) {
		String joined = join(controls);
		boolean changed = option != treatmentOption || !java.util.Objects.equals(rationale, this.rationale)
				|| !java.util.Objects.equals(joined, this.controls);
		this.treatmentOption = option;
		this.rationale = rationale;
		this.controls = joined;
		this.updatedBy = by;
		this.updatedAt = now;
		if (changed) {
			withdrawApproval();
		}
		return changed;
	}

	public void approved(UUID by, Instant now, String workflowInstanceId) {
		this.approvedBy = by;
		this.approvedAt = now;
		this.approvalInstanceId = workflowInstanceId;
	}

	/**
	 * The plan is no longer approved: its acceptance was rejected, ran out or was withdrawn, or the plan changed. The
	 * Statement of Applicability reads "residual risk accepted" from {@code approvedAt}, so it must not outlive the
	 * acceptance that set it.
	 */
	public void withdrawApproval() {
		this.approvedBy = null;
		this.approvedAt = null;
		this.approvalInstanceId = null;
	}

	public List<ControlRef> controls() {
		return split(controls);
	}

	static String join(List<ControlRef> refs) {
		if (refs == null || refs.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (ControlRef ref : refs) {
			text.append(ref.catalog()).append('|').append(ref.controlId()).append('\n');
		}
		return text.toString();
	}

	static List<ControlRef> split(String text) {
		List<ControlRef> refs = new ArrayList<>();
		if (text == null) {
			return refs;
		}
		for (String line : text.split("\n")) {
			int bar = line.indexOf('|');
			if (bar > 0) {
				refs.add(new ControlRef(line.substring(0, bar), line.substring(bar + 1)));
			}
		}
		return refs;
	}

	public UUID getId() {
		return id;
	}

	public UUID getRiskId() {
		return riskId;
	}

	public TreatmentOption getOption() {
		return treatmentOption;
	}

	public String getRationale() {
		return rationale;
	}

	public UUID getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public UUID getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getApprovalInstanceId() {
		return approvalInstanceId;
	}

	/**
	 * The version clients see, counted from 1 once stored (the column counts from 0), so that 0 stands for a risk
	 * without treatment yet and a first save made on "none yet" is refused when someone else saved one meanwhile.
	 */
	public long getVersion() {
		return version + 1;
	}
}
