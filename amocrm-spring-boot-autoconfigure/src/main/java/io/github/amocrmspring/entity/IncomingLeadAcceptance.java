package io.github.amocrmspring.entity;

import java.util.List;

/**
 * What accepting an incoming request created.
 *
 * @param uid the uid of the request
 * @param leadIds the ids of the leads created
 * @param contactIds the ids of the contacts created
 * @param companyIds the ids of the companies created
 */
public record IncomingLeadAcceptance(String uid, List<Long> leadIds, List<Long> contactIds, List<Long> companyIds) {}
