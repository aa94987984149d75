package io.github.amocrmspring.error;

import java.util.Map;

/** The numeric error codes of the amoCRM v2 API with a short English description of each. */
public final class AmoErrorCodes {

    private static final Map<Integer, String> descriptions = Map.ofEntries(
            Map.entry(101, "account not found"),
            Map.entry(102, "POST parameters must be JSON"),
            Map.entry(103, "no parameters given"),
            Map.entry(104, "API method not found"),
            Map.entry(110, "wrong login or API key"),
            Map.entry(111, "too many failed logins; log in through the browser"),
            Map.entry(112, "user disabled or not a member of the account"),
            Map.entry(113, "access from this IP address is forbidden"),
            Map.entry(201, "adding contacts: empty array"),
            Map.entry(202, "adding contacts: no rights"),
            Map.entry(203, "adding contacts: custom field error"),
            Map.entry(204, "adding contacts: custom field not found"),
            Map.entry(205, "adding contacts: contact not created"),
            Map.entry(206, "adding or updating contacts: empty request"),
            Map.entry(207, "adding or updating contacts: wrong request method"),
            Map.entry(208, "updating contacts: empty array"),
            Map.entry(209, "updating contacts: id and updated_at are required"),
            Map.entry(210, "updating contacts: custom field error"),
            Map.entry(211, "updating contacts: custom field not found"),
            Map.entry(212, "updating contacts: contact not updated"),
            Map.entry(213, "adding leads: empty array"),
            Map.entry(214, "adding or updating leads: empty request"),
            Map.entry(215, "adding or updating leads: wrong request method"),
            Map.entry(216, "updating leads: empty array"),
            Map.entry(217, "updating leads: id, updated_at, status_id and name are required"),
            Map.entry(218, "adding notes: empty array"),
            Map.entry(219, "listing contacts: search failed, retry later"),
            Map.entry(221, "listing notes: type is required"),
            Map.entry(222, "adding or updating: empty request"),
            Map.entry(223, "adding or updating notes: wrong request method"),
            Map.entry(224, "updating notes: empty array"),
            Map.entry(225, "updating notes: notes not found"),
            Map.entry(226, "adding notes: element not found"),
            Map.entry(227, "adding tasks: empty array"),
            Map.entry(228, "adding or updating tasks: empty request"),
            Map.entry(229, "adding or updating tasks: wrong request method"),
            Map.entry(230, "updating tasks: empty array"),
            Map.entry(231, "updating tasks: tasks not found"),
            Map.entry(232, "element id or element type empty or invalid"),
            Map.entry(233, "some contacts not found for the element id"),
            Map.entry(234, "some leads not found for the element id"),
            Map.entry(235, "adding tasks: element type not given"),
            Map.entry(236, "adding tasks: some contacts not found"),
            Map.entry(237, "adding tasks: some leads not found"),
            Map.entry(238, "adding contacts: custom field value missing"),
            Map.entry(240, "adding or updating leads: wrong custom field id"),
            Map.entry(244, "adding, updating or deleting: no rights"),
            Map.entry(280, "catalog element created"),
            Map.entry(281, "catalog not deleted: internal error"),
            Map.entry(282, "catalog or catalog element not found"),
            Map.entry(283, "no data"),
            Map.entry(284, "data is not an array"),
            Map.entry(285, "required field missing"),
            Map.entry(288, "forbidden"),
            Map.entry(330, "too many linked entities"),
            Map.entry(400, "bad request"),
            Map.entry(401, "unauthorized"),
            Map.entry(402, "subscription expired or feature not paid"),
            Map.entry(403, "account blocked or access forbidden"),
            Map.entry(404, "not found"),
            Map.entry(405, "wrong HTTP method"),
            Map.entry(425, "unavailable"),
            Map.entry(426, "disabled"),
            Map.entry(429, "too many requests per second"),
            Map.entry(500, "internal server error"),
            Map.entry(502, "bad gateway"),
            Map.entry(503, "service unavailable"),
            Map.entry(504, "gateway timeout"),
            Map.entry(2002, "nothing found"));

    private AmoErrorCodes() {}

    /** Return the description of an amoCRM error code, or {@code "unknown error"}. */
    public static String describe(int code) {
        return descriptions.getOrDefault(code, "unknown error");
    }
}
