package dev.ordo.risktreatment;

import java.util.List;

/**
 * One applicability decision for several controls of a catalog at once (ISO/IEC 27001:2022 6.1.3 d), such as
 * excluding every software-development control of an organization that develops no software with one justification.
 * The same rules as for one control hold for each: a justification is required to exclude, and to include a control
 * that no risk, requirement or implementation calls for.
 *
 * @param controlIds the controls decided, as identified in the catalog (e.g. {@code A.8.25})
 * @param applicable whether they are included
 * @param justification the reason, the same for all of them
 */
public record BulkApplicabilityRequest(List<String> controlIds, Boolean applicable, String justification) {
}
