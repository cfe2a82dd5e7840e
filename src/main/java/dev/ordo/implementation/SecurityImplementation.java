package dev.ordo.implementation;

import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.ordo.implementation.application.AppliedControlService;

/**
 * What other modules may ask security implementation management: an applied control, the coverage of a catalog
 * (the Statement of Applicability reads it for Annex A), and, for risk treatment, that a selected control be
 * planned. Changes go through this module's own pages and API; results leave it as events.
 */
@Service
public class SecurityImplementation {

	private final AppliedControlService controls;

	SecurityImplementation(AppliedControlService controls) {
		this.controls = controls;
	}

	/** One applied control of the current organization; {@link dev.ordo.shared.NotFound} otherwise. */
	public AppliedControlView appliedControl(UUID appliedControlId) {
		return controls.appliedControl(appliedControlId);
	}

	/**
	 * Each control of a catalog (id or key; for ISO/IEC 27001:2022 its Annex A controls) with its implementation
	 * status, directly or through mapped controls of other catalogs, and which applied controls satisfy it.
	 */
	public Coverage coverage(String catalog) {
		return controls.coverage(catalog);
	}

	/**
	 * Every applied control of the organization with its evidence links, for the Statement of Applicability: a
	 * fixed number of statements whatever their number.
	 */
	public java.util.List<AppliedControlSummary> appliedControls() {
		return controls.summaries();
	}

	/**
	 * Makes sure the organization implements a control: creates a PLANNED applied control with {@code reason} as
	 * its notes unless one exists already (returned unchanged), and publishes {@link ControlImplementationChanged}.
	 * {@link dev.ordo.shared.NotFound} for an unknown catalog or control.
	 */
	public AppliedControlView ensurePlanned(String catalog, String controlId, String reason) {
		return controls.ensurePlanned(catalog, controlId, reason);
	}
}
