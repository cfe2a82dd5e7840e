package dev.ordo.riskassessment.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.riskassessment.domain.Risk;
import dev.ordo.riskassessment.domain.RiskRepository;

/** CSV export of the risk register in priority order, streamed 100 risks at a time. */
@Service
public class RiskCsv {

	public static final List<String> COLUMNS = List.of("id", "title", "kind", "asset", "threat", "vulnerability",
			"scenario", "consequence_category", "owner", "inherent_likelihood", "inherent_consequence",
			"inherent_level", "current_likelihood", "current_consequence", "current_level", "residual_likelihood",
			"residual_consequence", "residual_level", "acceptable", "reassessment_due");

	private final RiskRepository risks;

	private final AssetRepository assets;

	private final RiskCriteriaService criteria;

	private final Identity identity;

	RiskCsv(RiskRepository risks, AssetRepository assets, RiskCriteriaService criteria, Identity identity) {
		this.risks = risks;
		this.assets = assets;
		this.criteria = criteria;
		this.identity = identity;
	}

	@Transactional(readOnly = true)
	public void export(Writer out) {
		Map<UUID, MemberSummary> members = identity.membersById();
		CriteriaModel model = criteria.model();
		try {
			out.write(String.join(",", COLUMNS) + "\r\n");
			int page = 0;
			Page<Risk> items;
			do {
				items = risks.findAll(PageRequest.of(page++, 100,
						Sort.by(Sort.Order.desc("priorityLevel"), Sort.Order.asc("title"), Sort.Order.asc("id"))));
				Set<UUID> assetIds = new HashSet<>();
				items.forEach(r -> {
					if (r.getAssetId() != null) {
						assetIds.add(r.getAssetId());
					}
				});
				Map<UUID, String> assetNames = assetIds.isEmpty() ? Map.of()
						: assets.refs(assetIds).stream().collect(Collectors.toMap(AssetView.AssetRef::id,
								AssetView.AssetRef::name));
				for (Risk r : items) {
					MemberSummary owner = r.getOwnerId() == null ? null : members.get(r.getOwnerId());
					List<String> cells = new ArrayList<>(List.of(r.getId().toString(), r.getTitle(), r.getKind().name(),
							nz(assetNames.get(r.getAssetId())), nz(r.getThreatKey()), nz(r.getVulnerabilityKey()),
							nz(r.getScenario()), nz(r.getConsequenceCategory()), owner == null ? "" : owner.username()));
					for (RatingKind kind : RatingKind.values()) {
						int[] lc = r.rating(kind);
						cells.add(lc == null ? "" : String.valueOf(lc[0]));
						cells.add(lc == null ? "" : String.valueOf(lc[1]));
						cells.add(lc == null ? "" : model.levelName(r.level(kind)));
					}
					cells.add(r.getPriorityLevel() == 0 ? "" : String.valueOf(model.acceptable(r.getPriorityLevel())));
					cells.add(String.valueOf(r.isReassessmentDue()));
					out.write(cells.stream().map(AssetCsv::quote).collect(Collectors.joining(",")) + "\r\n");
				}
				out.flush();
			}
			while (items.hasNext());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
