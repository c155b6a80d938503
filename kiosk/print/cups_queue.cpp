#include "print/cups_queue.h"

#include <cstdlib>
#include <memory>
#include <sstream>

namespace kiosk::print {
namespace {

constexpr const char* printer_attributes[] = {"printer-state", "printer-state-reasons", "printer-state-message",
                                              "printer-is-accepting-jobs"};
constexpr const char* job_attributes[] = {"job-state", "job-printer-state-message", "job-uuid"};
constexpr const char* queued_job_attributes[] = {"job-id", "job-state", "job-originating-user-name"};

PrinterCondition::State printer_state_from(int ipp_state) {
    switch (ipp_state) {
    case IPP_PSTATE_PROCESSING: return PrinterCondition::State::Processing;
    case IPP_PSTATE_STOPPED: return PrinterCondition::State::Stopped;
    default: return PrinterCondition::State::Idle;
    }
}

JobCondition::State job_state_from(int ipp_state) {
    using State = JobCondition::State;
    switch (ipp_state) {
    case IPP_JSTATE_HELD: return State::Held;
    case IPP_JSTATE_PROCESSING: return State::Processing;
    case IPP_JSTATE_STOPPED: return State::Stopped;
    case IPP_JSTATE_CANCELED: return State::Canceled;
    case IPP_JSTATE_ABORTED: return State::Aborted;
    case IPP_JSTATE_COMPLETED: return State::Completed;
    default: return State::Pending;
    }
}

bool request_failed() { return cupsLastError() > IPP_STATUS_OK_CONFLICTING; }

struct IppFree {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using IppResponse = std::unique_ptr<ipp_t, IppFree>;

ipp_t* new_request(ipp_op_t operation, const std::string& printer_uri) {
    ipp_t* request = ippNewRequest(operation);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printer_uri.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return request;
}

}  // namespace

PrinterCondition condition_from_options(int option_count, cups_option_t* options) {
    PrinterCondition condition;
    if (const char* state = cupsGetOption("printer-state", option_count, options)) {
        condition.state = printer_state_from(std::atoi(state));
    }
    if (const char* reasons = cupsGetOption("printer-state-reasons", option_count, options)) {
        std::istringstream list(reasons);
        for (std::string reason; std::getline(list, reason, ',');) {
            if (!reason.empty() && reason != "none") condition.reasons.push_back(reason);
        }
    }
    if (const char* message = cupsGetOption("printer-state-message", option_count, options)) {
        condition.message = message;
    }
    if (const char* accepting = cupsGetOption("printer-is-accepting-jobs", option_count, options)) {
        condition.accepting_jobs = std::string(accepting) != "false";
    }
    return condition;
}

PrinterCondition condition_from_attributes(ipp_t* response) {
    PrinterCondition condition;
    if (ipp_attribute_t* state = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM)) {
        condition.state = printer_state_from(ippGetInteger(state, 0));
    }
    if (ipp_attribute_t* reasons = ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const std::string reason = ippGetString(reasons, i, nullptr);
            if (reason != "none") condition.reasons.push_back(reason);
        }
    }
    if (ipp_attribute_t* message = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT)) {
        condition.message = ippGetString(message, 0, nullptr);
    }
    if (ipp_attribute_t* accepting = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)) {
        condition.accepting_jobs = ippGetBoolean(accepting, 0);
    }
    return condition;
}

tl::expected<CupsQueue, PrintFailure> CupsQueue::open(const CupsConnection& connection, const std::string& name) {
    cups_dest_t* destination = cupsGetNamedDest(connection.http(), name.empty() ? nullptr : name.c_str(), nullptr);
    if (!destination) {
        PrintFailure failure = failure_from_last_error(
            name.empty() ? "finding the default printer" : "finding the printer '" + name + "'", nullptr);
        if (failure.message_key != "print.scheduler-down") failure.message_key = "print.no-printer";
        return tl::make_unexpected(std::move(failure));
    }
    std::string uri;
    if (const char* supported = cupsGetOption("printer-uri-supported", destination->num_options, destination->options)) {
        uri = supported;
    } else {
        char assembled[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, assembled, sizeof assembled, "ipp", nullptr, "localhost", ippPort(),
                         "/printers/%s", destination->name);
        uri = assembled;
    }
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    httpSeparateURI(HTTP_URI_CODING_ALL, uri.c_str(), scheme, sizeof scheme, user, sizeof user, host, sizeof host,
                    &port, resource, sizeof resource);
    std::string queue_name = destination->name;
    cupsFreeDests(1, destination);
    return CupsQueue(connection.http(), std::move(queue_name), std::move(uri), resource);
}

tl::expected<PrinterCondition, PrintFailure> CupsQueue::condition() const {
    ipp_t* request = new_request(IPP_OP_GET_PRINTER_ATTRIBUTES, uri_);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(std::size(printer_attributes)), nullptr, printer_attributes);
    const IppResponse response(cupsDoRequest(http_, request, resource_.c_str()));
    if (!response || request_failed()) {
        return tl::make_unexpected(failure_from_last_error("asking the printer '" + name_ + "' for its state", response.get()));
    }
    return condition_from_attributes(response.get());
}

// Create-Job then Send-Document by hand rather than cupsCreateDestJob and friends:
// those need cupsCopyDestInfo, which takes any scheduler but the default one for a
// printer to talk to directly and asks it about the device URI (libcups 2.4).
tl::expected<int, PrintFailure> CupsQueue::submit(const Document& document) {
    ipp_t* create = new_request(IPP_OP_CREATE_JOB, uri_);
    const std::string name = job_name(document);
    ippAddString(create, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, name.c_str());
    const IppResponse created(cupsDoRequest(http_, create, resource_.c_str()));
    ipp_attribute_t* id = created ? ippFindAttribute(created.get(), "job-id", IPP_TAG_INTEGER) : nullptr;
    if (!id || request_failed()) return tl::make_unexpected(failure_from_last_error("creating the job", created.get()));
    const int job_id = ippGetInteger(id, 0);

    auto give_up = [&](std::string_view doing, const ipp_t* answer) {
        PrintFailure failure = failure_from_last_error(doing, answer);
        cancel(job_id);
        return tl::make_unexpected(std::move(failure));
    };
    ipp_t* send = new_request(IPP_OP_SEND_DOCUMENT, uri_);
    ippAddInteger(send, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    ippAddString(send, IPP_TAG_OPERATION, IPP_TAG_NAME, "document-name", nullptr, name.c_str());
    ippAddString(send, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, CUPS_FORMAT_PDF);
    ippAddBoolean(send, IPP_TAG_OPERATION, "last-document", 1);
    // The length is the whole HTTP body: the IPP request, then the document.
    const http_status_t started =
        cupsSendRequest(http_, send, resource_.c_str(), ippLength(send) + document.pdf.size());
    ippDelete(send);
    if (started != HTTP_STATUS_CONTINUE) return give_up("starting the document", nullptr);
    if (cupsWriteRequestData(http_, reinterpret_cast<const char*>(document.pdf.data()), document.pdf.size()) !=
        HTTP_STATUS_CONTINUE) {
        return give_up("sending the document", nullptr);
    }
    const IppResponse sent(cupsGetResponse(http_, resource_.c_str()));
    if (!sent || request_failed()) return give_up("finishing the document", sent.get());
    return job_id;
}

tl::expected<JobCondition, PrintFailure> CupsQueue::job(int job_id) const {
    ipp_t* request = new_request(IPP_OP_GET_JOB_ATTRIBUTES, uri_);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(std::size(job_attributes)), nullptr, job_attributes);
    const IppResponse response(cupsDoRequest(http_, request, resource_.c_str()));
    if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND) return JobCondition{JobCondition::State::Forgotten, "", ""};
    if (!response || request_failed()) {
        return tl::make_unexpected(failure_from_last_error("following job " + std::to_string(job_id), response.get()));
    }
    JobCondition condition;
    if (ipp_attribute_t* state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM)) {
        condition.state = job_state_from(ippGetInteger(state, 0));
    }
    if (ipp_attribute_t* message = ippFindAttribute(response.get(), "job-printer-state-message", IPP_TAG_TEXT)) {
        condition.printer_message = ippGetString(message, 0, nullptr);
    }
    if (ipp_attribute_t* uuid = ippFindAttribute(response.get(), "job-uuid", IPP_TAG_URI)) {
        condition.uuid = ippGetString(uuid, 0, nullptr);
    }
    return condition;
}

void CupsQueue::cancel(int job_id) {
    ipp_t* request = new_request(IPP_OP_CANCEL_JOB, uri_);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    ippDelete(cupsDoRequest(http_, request, resource_.c_str()));
}

tl::expected<std::vector<QueuedJob>, PrintFailure> CupsQueue::unfinished_jobs() const {
    ipp_t* request = new_request(IPP_OP_GET_JOBS, uri_);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, "not-completed");
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(std::size(queued_job_attributes)), nullptr, queued_job_attributes);
    const IppResponse response(cupsDoRequest(http_, request, resource_.c_str()));
    if (!response || request_failed()) {
        return tl::make_unexpected(failure_from_last_error("listing the jobs of '" + name_ + "'", response.get()));
    }
    // The response lists each job's attributes one after another, a separator between jobs.
    std::vector<QueuedJob> jobs;
    const std::string user = cupsUser();
    QueuedJob job;
    auto finish_job = [&] {
        if (job.id > 0) jobs.push_back(job);
        job = QueuedJob{};
    };
    for (ipp_attribute_t* attribute = ippFirstAttribute(response.get()); attribute;
         attribute = ippNextAttribute(response.get())) {
        const char* name = ippGetName(attribute);
        if (!name) {
            finish_job();
            continue;
        }
        const std::string_view named(name);
        if (named == "job-id") job.id = ippGetInteger(attribute, 0);
        else if (named == "job-state") job.state = job_state_from(ippGetInteger(attribute, 0));
        else if (named == "job-originating-user-name") job.ours = user == ippGetString(attribute, 0, nullptr);
    }
    finish_job();
    return jobs;
}

tl::expected<void, PrintFailure> CupsQueue::resume() {
    for (const ipp_op_t operation : {IPP_OP_CUPS_ACCEPT_JOBS, IPP_OP_RESUME_PRINTER}) {
        // Posted where cupsenable posts them: administrative operations go to /admin/.
        const IppResponse response(cupsDoRequest(http_, new_request(operation, uri_), "/admin/"));
        if (request_failed()) {
            return tl::make_unexpected(failure_from_last_error("resuming the printer '" + name_ + "'", response.get()));
        }
    }
    return {};
}

tl::expected<void, PrintFailure> CupsQueue::release(int job_id) {
    ipp_t* request = new_request(IPP_OP_RELEASE_JOB, uri_);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    const IppResponse response(cupsDoRequest(http_, request, resource_.c_str()));
    if (request_failed()) {
        return tl::make_unexpected(failure_from_last_error("releasing job " + std::to_string(job_id), response.get()));
    }
    return {};
}

}  // namespace kiosk::print
