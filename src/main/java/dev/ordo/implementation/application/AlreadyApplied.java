package dev.ordo.implementation.application;

import java.util.UUID;

import dev.ordo.shared.Conflict;

/**
 * The control is applied in the organization already (one applied control per catalog control, ISO/IEC 27001:2022
 * 8.1): the API answers 409, the form points to the existing one instead of an error page.
 */
public class AlreadyApplied extends Conflict {

	private final UUID existingId;

	AlreadyApplied(String label, UUID existingId) {
		super("Control " + label + " is already applied in this organization: change applied control " + existingId
				+ " (/api/v1/applied-controls/" + existingId + ") instead");
		this.existingId = existingId;
	}

	/** The applied control of the same catalog control. */
	public UUID existingId() {
		return existingId;
	}
}
