package dev.ordo.risktreatment;

import java.util.List;

/** The treatment of a risk: option, rationale and the selected controls (replaces the previous selection). */
public record TreatmentRequest(TreatmentOption option, String rationale, List<ControlRef> controls) {
}
