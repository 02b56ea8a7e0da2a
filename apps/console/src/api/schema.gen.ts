// Generated from docs/openapi.json by scripts/build-console.mjs (openapi-typescript). Do not edit.
export interface paths {
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant’s tasks, newest first, a page at a time */
        get: operations["TasksController_list"];
        put?: never;
        /**
         * Submit a task
         * @description The task runs asynchronously: follow it with GET /v1/tasks/{id} or its events.
         */
        post: operations["TasksController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a task with its timeline */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a task that has not ended */
        post: operations["TasksController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a task’s timeline (Server-Sent Events)
         * @description A `timeline` event per entry (id: its seq; data: TimelineEntryDto), then `end` (data: TaskEndEvent) at a terminal status. Send `Last-Event-ID` to resume after an entry.
         */
        get: operations["TasksController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the latest version of a document */
        get: operations["DocumentsController_get"];
        /**
         * Create a document or add its next version
         * @description Retrievers index the new version within about a second.
         */
        put: operations["DocumentsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant’s approvals, a page at a time
         * @description Pending ones soonest deadline first; decided and all newest first. Follow `nextCursor`.
         */
        get: operations["ApprovalsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow changes to the tenant’s approvals (Server-Sent Events)
         * @description Events: `ready` (subscribed: load or reload the list now), `approval` (data: ApprovalChangedEvent), `ping`.
         */
        get: operations["ApprovalsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one approval with its context and decision */
        get: operations["ApprovalsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, revise or reject a pending approval
         * @description Exactly one decision counts. 409 `approval_decided` names who decided and when (details); 409 `task_ended` when the task left the step. An escalated approval needs admin.
         */
        post: operations["ApprovalsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        TaskEndEvent: {
            /** @enum {string} */
            status: "queued" | "running" | "awaiting_approval" | "completed" | "failed" | "rejected" | "cancelled";
            version: number;
        };
        TimelineEntryDto: {
            /** @description increases by one per entry; the SSE event id */
            seq: number;
            /** Format: date-time */
            time: string;
            /** @description gateway, coordinator or a stage */
            stage: string;
            step?: string;
            attempt?: number;
            /** @example routed */
            outcome: string;
            /** @example → knowledge (requested, confidence 1.00): workflow named in the request */
            reason: string;
        };
        SubmitTaskRequest: {
            /** @description The request, in natural language */
            text: string;
            /** @description A workflow to use (faq, knowledge, extraction, operational, sensitive) */
            workflow?: string;
            /** @description Structured context for routing and tools */
            context?: {
                [key: string]: unknown;
            };
        };
        RouteDto: {
            /** @example knowledge */
            workflow: string;
            confidence: number;
            /**
             * @description who decided: requested, rules, model, default
             * @example rules
             */
            source: string;
            reason: string;
        };
        WorkflowRefDto: {
            /** @example sensitive */
            id: string;
            /** @example 1 */
            version: number;
        };
        TaskStepDto: {
            /** @example review */
            name: string;
            /** @enum {string} */
            stage: "route" | "retrieve" | "generate" | "validate" | "approval" | "action";
            attempt: number;
            /**
             * Format: date-time
             * @description when the step’s deadline passes
             */
            deadline: string;
        };
        CitationDto: {
            documentId: string;
            version: number;
            chunk: number;
        };
        OutputDto: {
            /** @description the answer (untrusted model output: show as text) */
            text?: string;
            /** @description structured fields (the workflow’s output contract); an action’s result as actionResult */
            data?: {
                [key: string]: unknown;
            };
            citations: components["schemas"]["CitationDto"][];
        };
        TaskErrorDto: {
            /** @example approval_rejected */
            code: string;
            message: string;
        };
        UsageDto: {
            promptTokens: number;
            completionTokens: number;
            costUsd: number;
        };
        TaskResponse: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "awaiting_approval" | "completed" | "failed" | "rejected" | "cancelled";
            /** @description the request (untrusted: show as text) */
            text: string;
            route?: components["schemas"]["RouteDto"];
            /** @description the workflow version it is pinned to */
            workflow?: components["schemas"]["WorkflowRefDto"];
            /** @description the step the task waits on */
            step?: components["schemas"]["TaskStepDto"];
            output?: components["schemas"]["OutputDto"];
            /** @description why it failed or was rejected */
            error?: components["schemas"]["TaskErrorDto"];
            usage: components["schemas"]["UsageDto"];
            /** @description absent in lists */
            timeline?: components["schemas"]["TimelineEntryDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description increases with every change */
            version: number;
        };
        ErrorDetailDto: {
            /**
             * @description the field (or header) at fault
             * @example cursor
             */
            field?: string;
            /** @description what is wrong with it */
            problems?: string[];
            /** @enum {string} */
            status?: "approved" | "revised" | "rejected" | "closed";
            /** @enum {string} */
            decision?: "approve" | "revise" | "reject";
            /** @description who decided first */
            decidedBy?: string;
            /** Format: date-time */
            decidedAt?: string;
            closedReason?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        ErrorBodyDto: {
            /**
             * @description stable, machine-readable
             * @example validation_failed
             */
            code: string;
            /**
             * @description for people
             * @example invalid request: limit must not be greater than 100
             */
            message: string;
            /** @description per-field problems, or context (a 409 on a decided approval names decidedBy and decidedAt) */
            details: components["schemas"]["ErrorDetailDto"][];
        };
        ErrorResponseDto: {
            error: components["schemas"]["ErrorBodyDto"];
        };
        TaskListResponse: {
            items: components["schemas"]["TaskResponse"][];
            /** @description pass as cursor for the next page */
            nextCursor?: string;
        };
        PutDocumentRequest: {
            title: string;
            /** @description plain text or Markdown */
            text: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        PutDocumentResponse: {
            id: string;
            /** @description increases by one per upsert */
            version: number;
        };
        DocumentResponse: {
            id: string;
            version: number;
            title: string;
            text: string;
            metadata?: {
                [key: string]: unknown;
            };
            updatedAt: string;
        };
        ApprovalChangedEvent: {
            id: string;
            taskId: string;
            /** @enum {string} */
            change: "created" | "escalated" | "decided" | "closed";
            /** @enum {string} */
            status: "pending" | "approved" | "revised" | "rejected" | "closed";
            /** @enum {string} */
            requiredRole: "approver" | "admin";
            /** Format: date-time */
            deadline: string;
            /** Format: date-time */
            time: string;
        };
        PassageDto: {
            documentId: string;
            version: number;
            chunk: number;
            /** @description the chunk’s text (untrusted: show as text) */
            text: string;
            /** @description retrieval score */
            score: number;
        };
        ValidationFailureDto: {
            /** @example citations */
            check: string;
            message: string;
            path?: string;
        };
        VerdictDto: {
            ok: boolean;
            failures: components["schemas"]["ValidationFailureDto"][];
            confidence?: number;
        };
        ProposedActionDto: {
            /** @example refund */
            tool: string;
            /**
             * @description the tool’s arguments, typed as its JSON Schema says
             * @example {
             *       "orderId": "1001",
             *       "amount": 20
             *     }
             */
            arguments: {
                [key: string]: unknown;
            };
            /** @description the tool runs at most once with this key */
            idempotencyKey: string;
        };
        ApprovalDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "revise" | "reject";
            /** @description the key name of who decided */
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
            comment?: string;
            output?: {
                [key: string]: unknown;
            };
        };
        ApprovalResponse: {
            id: string;
            taskId: string;
            /** @enum {string} */
            status: "pending" | "approved" | "revised" | "rejected" | "closed";
            /**
             * @description admin once escalated
             * @enum {string}
             */
            requiredRole: "approver" | "admin";
            /** @description why a person is asked */
            reason: string;
            /** Format: date-time */
            deadline: string;
            /**
             * @description what happens at the deadline: reject the task, or escalate once to admin
             * @enum {string}
             */
            timeoutPolicy: "reject" | "escalate";
            /** @description the request (untrusted: show as text) */
            input: string;
            /** @description the workflow the router chose */
            route: string;
            workflow?: components["schemas"]["WorkflowRefDto"];
            /**
             * @description the approval step’s name
             * @example review
             */
            step?: string;
            /**
             * @description what revise does here: replace the output with the reviewer’s, or regenerate with the reviewer’s notes
             * @enum {string}
             */
            reviseMode: "replace" | "regenerate";
            /** @description the draft output */
            draft?: components["schemas"]["OutputDto"];
            /** @description retrieved passages with document versions */
            passages: components["schemas"]["PassageDto"][];
            /** @description the validation verdict */
            verdict?: components["schemas"]["VerdictDto"];
            /** @description the write action to approve */
            proposedAction?: components["schemas"]["ProposedActionDto"];
            /** Format: date-time */
            createdAt: string;
            decision?: components["schemas"]["ApprovalDecisionDto"];
            /** @description why it was closed without a decision */
            closedReason?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        ApprovalListResponse: {
            items: components["schemas"]["ApprovalResponse"][];
            /** @description pass as cursor for the next page; absent on the last */
            nextCursor?: string;
        };
        DecisionRequest: {
            /** @enum {string} */
            decision: "approve" | "revise" | "reject";
            /** @description why; for revise in `regenerate` mode, the notes for regeneration (required) */
            comment?: string;
            /**
             * @description revise in `replace` mode: the output to use — `text`, and other fields as the output’s data, typed
             * @example {
             *       "text": "Refund 50 EUR of order 104233.",
             *       "amount": 50
             *     }
             */
            output?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    TasksController_list: {
        parameters: {
            query?: {
                status?: "queued" | "running" | "awaiting_approval" | "completed" | "failed" | "rejected" | "cancelled";
                workflow?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TasksController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key + tenant → same task */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitTaskRequest"];
            };
        };
        responses: {
            /** @description the task created earlier with this Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description accepted; follow the task */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description request body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description unsupported content type: send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TasksController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description cancel requested, not confirmed yet */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description request body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description unsupported content type: send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TasksController_events: {
        parameters: {
            query?: never;
            header?: {
                /** @description resume after this seq */
                "Last-Event-ID"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an event stream of `timeline` events, then one `end` event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["TimelineEntryDto"] | components["schemas"]["TaskEndEvent"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DocumentsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutDocumentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutDocumentResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description request body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description unsupported content type: send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApprovalsController_list: {
        parameters: {
            query?: {
                /** @description pending: soonest deadline first; decided and all: newest first */
                status?: "pending" | "decided" | "all";
                limit?: number;
                /** @description nextCursor of the previous page (of the same status) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalListResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApprovalsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an event stream; each `approval` event’s data is an ApprovalChangedEvent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ApprovalChangedEvent"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApprovalsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApprovalsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description invalid request: the details name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description no API key, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description the key lacks the role this endpoint needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description not found (another tenant’s object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description request body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description unsupported content type: send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description rate limit of the tenant reached: see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service behind the gateway is unavailable: try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
