package dev.ordo.processes;

import java.util.List;

/**
 * A process of the TS 27022 reference model as Ordo's catalog describes it: the same for every organization.
 *
 * @param clause    TS 27022 clause, e.g. {@code 7.4}
 * @param key       stable key used in URLs and the API, e.g. {@code risk-assessment}
 * @param name      full name
 * @param shortName name on the process map
 * @param module    Ordo module that implements it
 * @param category  management, core or support
 * @param purpose   why the process exists
 * @param activities what it does
 * @param inputs    what it takes from other processes
 * @param results   what it hands to other processes
 * @param iso27001  ISO/IEC 27001:2022 clauses and controls it serves
 */
public record ProcessDescription(String clause, String key, String name, String shortName, String module,
		ProcessCategory category, String purpose, List<String> activities, List<ProcessFlow> inputs,
		List<ProcessFlow> results, List<String> iso27001) {
}
