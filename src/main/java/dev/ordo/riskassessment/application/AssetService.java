package dev.ordo.riskassessment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.AssetChanged;
import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetRegistered;
import dev.ordo.riskassessment.AssetRemoved;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.Protection;
import dev.ordo.riskassessment.ProtectionGoal;
import dev.ordo.riskassessment.domain.Asset;
import dev.ordo.riskassessment.domain.AssetDependency;
import dev.ordo.riskassessment.domain.AssetDependencyRepository;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.domain.AssetRow;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.riskassessment.domain.ProtectionInheritance;
import dev.ordo.riskassessment.domain.RiskRepository;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/** The asset inventory: assets, their protection needs and dependencies, and the inheritance of needs. */
@Service
public class AssetService {

	private final AssetRepository assets;

	private final AssetDependencyRepository dependencies;

	private final RiskRepository risks;

	private final ListQueries lists;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssetService(AssetRepository assets, AssetDependencyRepository dependencies, RiskRepository risks,
			ListQueries lists, Identity identity, ApplicationEventPublisher events, Clock clock) {
		this.assets = assets;
		this.dependencies = dependencies;
		this.risks = risks;
		this.lists = lists;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<AssetListItem> list(ListQueries.AssetFilter filter, String sort, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		if (filter.minProtection() != null && (filter.minProtection() < 1 || filter.minProtection() > 4)) {
			throw InvalidInput.of("minProtection", "must be a protection level from 1 (normal) to 4 (very high)");
		}
		Page<AssetRow> rows = lists.assets(filter, sort, request);
		Map<UUID, MemberSummary> members = identity.membersById(rows.map(AssetRow::ownerId).getContent());
		return rows.map(r -> new AssetListItem(r.id(), r.name(), r.type(), Members.ref(r.ownerId(), members),
				r.classification(), r.confidentiality(), r.integrity(), r.availability(), r.authenticity(),
				r.confidentialitySource() != null, r.integritySource() != null, r.availabilitySource() != null,
				r.authenticitySource() != null, r.protectionLevel(), r.updatedAt()));
	}

	@Transactional(readOnly = true)
	public AssetView asset(UUID id) {
		return view(find(id), identity.membersById());
	}

	@Transactional
	public AssetView create(AssetRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Map<UUID, MemberSummary> members = identity.membersById();
		int[] needs = validate(request, members);
		Instant now = clock.instant();
		Asset asset = new Asset(now);
		asset.describe(request.name().trim(), request.type(), Members.trimToNull(request.description()),
				request.ownerId(), Members.trimToNull(request.classification()), needs, now);
		assets.save(asset);
		events.publishEvent(new AssetRegistered(CurrentActor.organizationId(), asset.getId(), asset.getName(),
				asset.getType(), actor.userId()));
		return view(asset, members);
	}

	@Transactional
	public AssetView update(UUID id, AssetRequest request) {
		return update(id, request, null);
	}

	/**
	 * Changes an asset, made on {@code expectedVersion} when the caller says which version it read: if the asset
	 * changed since (an edit, or needs re-derived from what it supports), nothing is written
	 * ({@link ChangedSinceRead}).
	 */
	@Transactional
	public AssetView update(UUID id, AssetRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Asset asset = find(id);
		ChangedSinceRead.check("asset", expectedVersion, asset.getVersion());
		Map<UUID, MemberSummary> members = identity.membersById();
		int[] needs = validate(request, members);
		asset.describe(request.name().trim(), request.type(), Members.trimToNull(request.description()),
				request.ownerId(), Members.trimToNull(request.classification()), needs, clock.instant());
		recomputeInheritance(Set.of(id));
		events.publishEvent(new AssetChanged(CurrentActor.organizationId(), asset.getId(), asset.getName(),
				"details and protection needs changed", actor.userId()));
		return view(asset, members);
	}

	@Transactional
	public void delete(UUID id) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Asset asset = find(id);
		if (risks.existsByAssetId(id)) {
			throw new Conflict("Risks refer to this asset; change or remove them first");
		}
		List<AssetDependency> links = dependencies.findBySupportingIdOrSupportedId(id, id);
		// What supported the removed asset may lose needs it inherited through it; nothing else can change.
		Set<UUID> supporting = links.stream().filter(d -> d.getSupportedId().equals(id))
			.map(AssetDependency::getSupportingId).collect(Collectors.toSet());
		dependencies.deleteAll(links);
		dependencies.flush();
		assets.delete(asset);
		assets.flush();
		recomputeInheritance(supporting);
		events.publishEvent(new AssetRemoved(CurrentActor.organizationId(), id, asset.getName(), actor.userId()));
	}

	/** Records that asset {@code id} supports asset {@code supportedId}; rejects links that would close a cycle. */
	@Transactional
	public AssetView addDependency(UUID id, UUID supportedId) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Asset asset = find(id);
		if (supportedId == null) {
			throw InvalidInput.of("supportedAssetId", "must be given");
		}
		Asset supported = assets.findById(supportedId)
			.orElseThrow(() -> InvalidInput.of("supportedAssetId", "is not an asset of this organization"));
		if (dependencies.findBySupportingIdAndSupportedId(id, supportedId).isPresent()) {
			throw new Conflict("This dependency is already recorded");
		}
		if (ProtectionInheritance.wouldCycle(id, supportedId, dependencies.edges())) {
			throw InvalidInput.of("supportedAssetId", "would create a cycle of dependencies");
		}
		dependencies.save(new AssetDependency(id, supportedId));
		dependencies.flush();
		recomputeInheritance(Set.of(id));
		events.publishEvent(new AssetChanged(CurrentActor.organizationId(), id, asset.getName(),
				"now supports \"" + supported.getName() + "\"", actor.userId()));
		return view(asset, identity.membersById());
	}

	@Transactional
	public AssetView removeDependency(UUID id, UUID supportedId) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Asset asset = find(id);
		AssetDependency dependency = dependencies.findBySupportingIdAndSupportedId(id, supportedId)
			.orElseThrow(() -> new NotFound("Dependency", supportedId));
		dependencies.delete(dependency);
		dependencies.flush();
		recomputeInheritance(Set.of(id));
		events.publishEvent(new AssetChanged(CurrentActor.organizationId(), id, asset.getName(),
				"no longer supports asset " + supportedId, actor.userId()));
		return view(asset, identity.membersById());
	}

	/**
	 * Re-derives the effective protection needs (maximum rule along dependencies) that a change to {@code changed}
	 * can alter: the changed assets' and those of every asset supporting them. Only those assets are loaded, the own
	 * needs of what they support are read as values, and only assets whose effective needs differ are written, so an
	 * edit costs the same in an inventory of 50 assets and of 20,000 (the result is the full calculation's).
	 */
	void recomputeInheritance(Collection<UUID> changed) {
		if (changed.isEmpty()) {
			return;
		}
		List<ProtectionInheritance.Edge> edges = dependencies.edges();
		Set<UUID> affected = ProtectionInheritance.withSupporting(changed, edges);
		Set<UUID> read = ProtectionInheritance.supported(affected, edges);
		read.removeAll(affected);
		Map<UUID, int[]> own = new HashMap<>();
		List<Asset> loaded = new ArrayList<>(affected.size());
		for (List<UUID> ids : chunks(affected)) {
			assets.findAllById(ids).forEach(a -> {
				loaded.add(a);
				own.put(a.getId(), a.ownNeeds());
			});
		}
		for (List<UUID> ids : chunks(read)) {
			assets.ownNeeds(ids).forEach(n -> own.put(n.id(), n.levels()));
		}
		Map<UUID, ProtectionInheritance.Effective> effective = ProtectionInheritance.compute(own, edges, affected);
		for (Asset asset : loaded) {
			ProtectionInheritance.Effective e = effective.get(asset.getId());
			asset.applyEffective(e.levels(), e.sources());
		}
	}

	/** Ids in groups small enough for an {@code in} list on every database. */
	private static List<List<UUID>> chunks(Collection<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IN_LIST) {
			chunks.add(all.subList(from, Math.min(from + IN_LIST, all.size())));
		}
		return chunks;
	}

	private static final int IN_LIST = 1000;

	/** Ids of the given assets and of every asset that (directly or not) supports one of them. */
	@Transactional(readOnly = true)
	public Set<UUID> withSupporting(Set<UUID> assetIds) {
		return ProtectionInheritance.withSupporting(assetIds, dependencies.edges());
	}

	Asset find(UUID id) {
		return assets.findById(id).orElseThrow(() -> new NotFound("Asset", id));
	}

	static int[] needs(AssetRequest r) {
		return new int[] { orOne(r.confidentiality()), orOne(r.integrity()), orOne(r.availability()),
				orOne(r.authenticity()) };
	}

	private static int orOne(Integer level) {
		return level == null ? ProtectionGoal.MIN_LEVEL : level;
	}

	static Map<String, String> problems(AssetRequest r, Map<UUID, MemberSummary> members) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		Map<String, String> found = new java.util.LinkedHashMap<>();
		errors.rejectIf(r.name() == null || r.name().isBlank(), "name", "must be given");
		errors.rejectIf(r.name() != null && r.name().trim().length() > 200, "name", "must have at most 200 characters");
		errors.rejectIf(r.type() == null, "type", "must be given");
		errors.rejectIf(r.description() != null && r.description().length() > 4000, "description",
				"must have at most 4000 characters");
		errors.rejectIf(r.classification() != null && r.classification().trim().length() > 60, "classification",
				"must have at most 60 characters");
		errors.rejectIf(r.ownerId() != null && !members.containsKey(r.ownerId()), "ownerId",
				"is not a member of this organization");
		Map<String, Integer> levels = new java.util.LinkedHashMap<>();
		levels.put("confidentiality", r.confidentiality());
		levels.put("integrity", r.integrity());
		levels.put("availability", r.availability());
		levels.put("authenticity", r.authenticity());
		levels.forEach((field, level) -> errors.rejectIf(level != null
				&& (level < ProtectionGoal.MIN_LEVEL || level > ProtectionGoal.MAX_LEVEL), field,
				"must be a protection level from 1 (normal) to 4 (very high)"));
		try {
			errors.throwIfAny();
		}
		catch (InvalidInput invalid) {
			found.putAll(invalid.fieldErrors());
		}
		return found;
	}

	private static int[] validate(AssetRequest r, Map<UUID, MemberSummary> members) {
		Map<String, String> found = problems(r, members);
		if (!found.isEmpty()) {
			throw new InvalidInput(found);
		}
		return needs(r);
	}

	private AssetView view(Asset a, Map<UUID, MemberSummary> members) {
		// A change is written now, so the view tells the version it made (the next If-Match).
		assets.flush();
		List<AssetDependency> links = dependencies.findBySupportingIdOrSupportedId(a.getId(), a.getId());
		Set<UUID> ids = new HashSet<>();
		links.forEach(d -> {
			ids.add(d.getSupportingId());
			ids.add(d.getSupportedId());
		});
		UUID[] sources = a.sources();
		for (UUID s : sources) {
			if (s != null) {
				ids.add(s);
			}
		}
		ids.remove(a.getId());
		Map<UUID, AssetView.AssetRef> refs = ids.isEmpty() ? Map.of()
				: assets.refs(ids).stream().collect(Collectors.toMap(AssetView.AssetRef::id, Function.identity()));
		int[] own = a.ownNeeds();
		int[] eff = a.effectiveNeeds();
		List<Protection> protection = new ArrayList<>();
		for (ProtectionGoal goal : ProtectionGoal.values()) {
			int g = goal.ordinal();
			AssetView.AssetRef source = sources[g] == null ? null : refs.get(sources[g]);
			protection.add(new Protection(goal, own[g], eff[g], sources[g], source == null ? null : source.name()));
		}
		List<AssetView.AssetRef> supports = links.stream().filter(d -> d.getSupportingId().equals(a.getId()))
			.map(d -> refs.get(d.getSupportedId())).filter(java.util.Objects::nonNull).toList();
		List<AssetView.AssetRef> supportedBy = links.stream().filter(d -> d.getSupportedId().equals(a.getId()))
			.map(d -> refs.get(d.getSupportingId())).filter(java.util.Objects::nonNull).toList();
		return new AssetView(a.getId(), a.getName(), a.getType(), a.getDescription(), Members.ref(a.getOwnerId(), members),
				a.getClassification(), protection, supports, supportedBy, a.getCreatedAt(), a.getUpdatedAt(),
				a.getVersion());
	}
}
