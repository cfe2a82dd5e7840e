package dev.ordo.risktreatment;

/** State of one acceptance of a residual risk. */
public enum AcceptanceStatus {
	/** Waiting for the risk owner's decision. */
	REQUESTED,
	/** Accepted by the risk owner, until it expires. */
	ACCEPTED,
	/** Rejected by the risk owner, with a comment. */
	REJECTED,
	/** Was accepted; its validity ran out and a new acceptance was requested. */
	EXPIRED,
	/**
	 * Requested or accepted, then what the owner was asked to accept changed (the treatment, or the residual
	 * rating): the decision no longer applies, its run was ended, and a new acceptance may be requested at once.
	 */
	WITHDRAWN
}
