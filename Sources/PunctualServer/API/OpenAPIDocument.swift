/// The API's OpenAPI 3.1 description, served at `/openapi.yaml`. The tests call every path and
/// method listed here and check responses against the `required` lists of the schemas.
enum OpenAPIDocument {
    /// `H:MM` or `HH:MM` from 0:00 to 23:59, as `TimeOfDay` reads it; the patterns of times and
    /// ranges are built from it (the end of a range, or `until`, may also be 24:00).
    static let timeOfDay = "([01]?[0-9]|2[0-3]):[0-5][0-9]"
    static let timeRange = "\(timeOfDay) *- *(\(timeOfDay)|24:00)"

    static let yaml = """
        openapi: 3.1.0
        info:
          title: Punctual technician and dispatcher API
          version: 1.0.0
          description: >
            Technicians fetch their route and post positions and progress; the dispatcher watches the
            board. Instants are ISO 8601 with an offset, naming a moment that exists in the years 2000
            to 2099 (no 2026-02-30, no 25:00 or 24:00). Every error is JSON {error, field?, detail}.
            The web pages over this API (/app, /board, /track/{token}, /signin/{code}) and the board's
            live feed (/v1/board/live, server-sent events of the Board below) are HTML and streams,
            not JSON operations, and are not described here; the pages call the operations below
            with a session cookie that a one-time sign-in link sets, in place of the bearer token.
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
              description: A token from `punctual technicians token T` or `punctual token dispatcher`.
          schemas:
            Day:
              type: string
              format: date
              pattern: '^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
              description: a calendar day YYYY-MM-DD in the years 2000 to 2099
            Instant:
              type: string
              format: date-time
              pattern: '^20[0-9]{2}-'
              description: ISO 8601 with an offset, a moment that exists, in the years 2000 to 2099
            PlanChanges:
              type: object
              required: [date, plan_version, handed_over, retimed, added, broken, left_out, notices]
              properties:
                date: {$ref: '#/components/schemas/Day'}
                plan_version: {type: integer}
                against_version: {type: integer}
                handed_over: {type: array, items: {type: object}}
                retimed: {type: array, items: {type: object}}
                added: {type: array, items: {type: string}}
                broken: {type: array, items: {type: string}}
                left_out: {type: array, items: {type: string}}
                notices: {type: array, items: {type: object}}
            AuditEntry:
              type: object
              required: [at, actor, action, detail, reason]
              properties:
                at: {$ref: '#/components/schemas/Instant'}
                actor: {type: string}
                action: {type: string}
                job: {type: string}
                technician: {type: string}
                detail: {type: string}
                reason: {type: string}
            RosterChange:
              type: object
              required: [technician, days]
              properties:
                technician: {type: string}
                days: {type: array, items: {$ref: '#/components/schemas/RosterDay'}}
            RosterDay:
              type: object
              required: [date, plan_version, handed_over, broken, told]
              properties:
                date: {$ref: '#/components/schemas/Day'}
                plan_version: {type: integer}
                handed_over: {type: array, items: {type: string}}
                broken: {type: array, items: {type: string}}
                told: {type: array, items: {type: string}}
            Offer:
              type: object
              required: [date, window_start, window_end, technician, on_time_probability]
              properties:
                date: {$ref: '#/components/schemas/Day'}
                window_start: {$ref: '#/components/schemas/Instant'}
                window_end: {$ref: '#/components/schemas/Instant'}
                technician: {type: string}
                on_time_probability: {type: number}
            DeskJob:
              type: object
              required: [id, date, status, duration_minutes, forced_promise]
              properties:
                id: {type: string}
                date: {$ref: '#/components/schemas/Day'}
                status: {type: string}
                duration_minutes: {type: integer}
                window_start: {$ref: '#/components/schemas/Instant'}
                window_end: {$ref: '#/components/schemas/Instant'}
                forced_promise: {type: boolean}
            Error:
              type: object
              required: [error, detail]
              properties:
                error: {type: string, description: stable code such as invalid_input, unauthorized, illegal_transition}
                field: {type: string, description: the request field at fault}
                detail: {type: string, description: what is wrong and what to do}
            Health:
              type: object
              required: [status]
              properties:
                status: {type: string}
                business: {type: string}
            Fix:
              type: object
              required: [at, lat, lon]
              properties:
                at: {$ref: '#/components/schemas/Instant'}
                lat: {type: number, minimum: -90, maximum: 90}
                lon: {type: number, minimum: -180, maximum: 180}
                accuracy_m: {type: number, minimum: 0}
                speed_mps: {type: number, minimum: 0}
                heading: {type: number, minimum: 0, exclusiveMaximum: 360}
            PositionsAccepted:
              type: object
              required: [accepted]
              properties:
                accepted: {type: integer, description: fixes stored (duplicates included)}
            VisitEventRequest:
              type: object
              required: [type]
              properties:
                type: {type: string, enum: [en_route, arrived, started, paused, running_over, completed, unable_to_complete]}
                at: {$ref: '#/components/schemas/Instant', description: defaults to now}
                parts_used:
                  type: array
                  items: {type: object, required: [part, quantity], properties: {part: {type: string}, quantity: {type: integer, minimum: 1}}}
                notes: {type: string}
                reason: {type: string, description: required for unable_to_complete}
                minutes_left: {type: integer, minimum: 1, maximum: 720, description: "running_over only (and required there): about how many more minutes the work will take"}
            VisitEvent:
              type: object
              required: [id, job_id, type, at, status, replayed]
              properties:
                id: {type: integer}
                job_id: {type: string}
                type: {type: string}
                at: {$ref: '#/components/schemas/Instant'}
                status: {type: string, description: the job's status after the event}
                replayed: {type: boolean, description: true when an Idempotency-Key was seen before}
            Route:
              type: object
              required: [technician_id, date, now, visits, checklist, breaks]
              properties:
                technician_id: {type: string}
                date: {$ref: '#/components/schemas/Day'}
                now: {$ref: '#/components/schemas/Instant', description: the server's clock (a phone stamps reports it queues offline by it)}
                visits: {type: array, items: {$ref: '#/components/schemas/RouteVisit'}}
                checklist: {type: array, items: {$ref: '#/components/schemas/ChecklistItem'}}
                breaks: {type: array, items: {$ref: '#/components/schemas/RouteBreak'}}
            RouteBreak:
              type: object
              description: A break the plan places, and where on the route it falls.
              required: [start, end, minutes, after_visit]
              properties:
                start: {$ref: '#/components/schemas/Instant'}
                end: {$ref: '#/components/schemas/Instant'}
                minutes: {type: integer}
                after_visit: {type: integer, description: the sequence of the visit it follows (0 before the first)}
            ChecklistItem:
              type: object
              required: [part, needed, in_van, load]
              properties:
                part: {type: string}
                needed: {type: integer, description: units the day's jobs need}
                in_van: {type: integer, description: units in the van at the start of the day}
                load: {type: integer, description: units to load at the depot before leaving}
            RouteVisit:
              type: object
              required: [sequence, job_id, status, type, customer_name, customer_phone, address, lat, lon, planned_arrival, planned_start, planned_end, duration_minutes, notes, parts]
              properties:
                sequence: {type: integer}
                job_id: {type: string}
                status: {type: string}
                type: {type: string}
                customer_name: {type: string}
                address: {type: string}
                lat: {type: number}
                lon: {type: number}
                window_start: {$ref: '#/components/schemas/Instant'}
                window_end: {$ref: '#/components/schemas/Instant'}
                planned_arrival: {$ref: '#/components/schemas/Instant'}
                planned_start: {$ref: '#/components/schemas/Instant'}
                planned_end: {$ref: '#/components/schemas/Instant'}
                duration_minutes: {type: integer}
                notes: {type: string}
                customer_phone: {type: string}
                forecast_arrival: {$ref: '#/components/schemas/Instant', description: the tracker's median arrival, for a visit not yet reached}
                parts: {type: array, items: {type: object, required: [part, quantity], properties: {part: {type: string}, quantity: {type: integer}}}}
            Board:
              type: object
              required: [date, generated_at, technicians]
              properties:
                date: {$ref: '#/components/schemas/Day'}
                generated_at: {$ref: '#/components/schemas/Instant'}
                technicians: {type: array, items: {$ref: '#/components/schemas/BoardTechnician'}}
            BoardTechnician:
              type: object
              required: [technician_id, name, stale, visits]
              properties:
                technician_id: {type: string}
                name: {type: string}
                position: {type: object, required: [lat, lon, at], properties: {lat: {type: number}, lon: {type: number}, at: {$ref: '#/components/schemas/Instant'}}}
                fix_age_s: {type: integer}
                stale: {type: boolean}
                current_job_id: {type: string}
                current_status: {type: string}
                elapsed_service_s: {type: integer}
                visits: {type: array, items: {$ref: '#/components/schemas/BoardVisit'}}
            BoardVisit:
              type: object
              required: [sequence, job_id, status, planned_arrival, at_risk]
              properties:
                sequence: {type: integer}
                job_id: {type: string}
                status: {type: string}
                window_start: {$ref: '#/components/schemas/Instant'}
                window_end: {$ref: '#/components/schemas/Instant'}
                planned_arrival: {$ref: '#/components/schemas/Instant'}
                median_arrival: {$ref: '#/components/schemas/Instant'}
                p90_arrival: {$ref: '#/components/schemas/Instant'}
                p_late: {type: number, minimum: 0, maximum: 1}
                at_risk: {type: boolean}
                customer_name: {type: string}
                customer_phone: {type: string}
                address: {type: string}
                lat: {type: number}
                lon: {type: number}
          responses:
            Problem:
              description: An error
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
        paths:
          /healthz:
            get:
              summary: Whether the server reaches its database
              responses:
                '200':
                  description: Up
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Health'}
          /metrics:
            get:
              summary: Prometheus text exposition (requests, latencies, tracker updates, at-risk visits)
              responses:
                '200':
                  description: Metrics
                  content:
                    text/plain: {}
          /openapi.yaml:
            get:
              summary: This document
              responses:
                '200':
                  description: OpenAPI 3.1
                  content:
                    application/yaml: {}
          /v1/jobs/{job}/alternatives:
            get:
              summary: Who could take a visit of the published plan and keep every promise, best first (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The technicians who could take it
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: object
                          required: [technician, name, planned_arrival, on_time_probability]
                          properties:
                            technician: {type: string}
                            name: {type: string}
                            planned_arrival: {$ref: '#/components/schemas/Instant'}
                            on_time_probability: {type: number, minimum: 0, maximum: 1}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
          /v1/inbox:
            get:
              summary: What customers said (texts and the tracking page) and failed deliveries, newest first (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: all, in: query, required: false, schema: {type: string, enum: ["true", "false"]}, description: include items already handled}
              responses:
                '200':
                  description: At most the 200 newest items
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: object
                          required: [id, source, sender, body, handled, received_at]
                          properties:
                            id: {type: integer}
                            source: {type: string, enum: [sms, system, web]}
                            job_id: {type: string}
                            customer_name: {type: string}
                            sender: {type: string}
                            body: {type: string}
                            action: {type: string}
                            handled: {type: boolean}
                            received_at: {$ref: '#/components/schemas/Instant'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/reassign:
            post:
              summary: Hand a visit of the published plan to another technician, keeping every promise (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, required: [technician], properties: {technician: {type: string}}}
              responses:
                '200':
                  description: Moved; the result is published as a new plan version
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [job, technician, plan_version, planned_arrival, on_time_probability]
                        properties:
                          job: {type: string}
                          technician: {type: string}
                          plan_version: {type: integer}
                          planned_arrival: {$ref: '#/components/schemas/Instant'}
                          on_time_probability: {type: number}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
          /v1/jobs:
            post:
              summary: Add one job (dispatcher); the fields and checks of a jobs.csv row, phone numbers in national form accepted
              security: [{bearer: []}]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [customer, phone, lat, lon, type, duration_minutes, date]
                      properties:
                        id: {type: string, pattern: '^[A-Za-z0-9._-]+$', description: default the next free J number}
                        customer: {type: string, minLength: 1, pattern: '\\S'}
                        phone: {type: string, minLength: 1, pattern: '[0-9]', description: 'E.164, or national form in the business country'}
                        email: {type: string}
                        notify: {type: string, enum: [sms, email, both]}
                        lat: {type: number, minimum: -90, maximum: 90}
                        lon: {type: number, minimum: -180, maximum: 180}
                        address: {type: string}
                        type: {type: string, minLength: 1, pattern: '\\S'}
                        duration_minutes: {type: integer, minimum: 1, maximum: 1440}
                        date: {$ref: '#/components/schemas/Day'}
                        skills: {type: string, description: ';-separated'}
                        parts: {type: string, description: 'part:quantity;...'}
                        priority: {type: string, enum: [low, normal, high, emergency]}
                        available: {type: string, description: 'HH:MM-HH:MM;...'}
                        notes: {type: string}
              responses:
                '201': {description: Added, content: {application/json: {schema: {$ref: '#/components/schemas/DeskJob'}}}}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}:
            patch:
              summary: Change a job's details (dispatcher); a change the plan must hear of re-checks its promise (409 promise_at_risk unless force)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        duration_minutes: {type: integer, minimum: 1, maximum: 1440}
                        parts: {type: array, items: {type: object, required: [part, quantity], properties: {part: {type: string}, quantity: {type: integer, minimum: 1}}}}
                        skills: {type: array, items: {type: string}}
                        priority: {type: string, enum: [low, normal, high, emergency]}
                        notes: {type: string}
                        force: {type: boolean}
                        reason: {type: string}
                      description: at least one of duration_minutes, parts, skills, priority or notes (force and reason change nothing)
                      anyOf:
                        - {required: [duration_minutes]}
                        - {required: [parts]}
                        - {required: [skills]}
                        - {required: [priority]}
                        - {required: [notes]}
              responses:
                '200': {description: Changed, content: {application/json: {schema: {$ref: '#/components/schemas/DeskJob'}}}}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/cancel:
            post:
              summary: Cancel a job (dispatcher); the customer is told once and their calendar entry withdrawn
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {reason: {type: string}}}
              responses:
                '200': {description: Cancelled, content: {application/json: {schema: {$ref: '#/components/schemas/DeskJob'}}}}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '400': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/move:
            post:
              summary: Move a job's promise to a new window, checked like a booking (dispatcher); the customer is told
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [window_start, window_end]
                      properties:
                        window_start: {$ref: '#/components/schemas/Instant'}
                        window_end: {$ref: '#/components/schemas/Instant'}
                        force: {type: boolean}
                        reason: {type: string}
              responses:
                '200': {description: Moved, content: {application/json: {schema: {$ref: '#/components/schemas/DeskJob'}}}}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/reset:
            post:
              summary: Put a job's status back after a wrong report, with the reason (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [status, reason]
                      properties:
                        status: {type: string, enum: [requested, booked, scheduled, en_route, arrived, in_progress]}
                        reason: {type: string, minLength: 1, pattern: '\\S', description: why, not all whitespace}
              responses:
                '200': {description: Put back, content: {application/json: {schema: {$ref: '#/components/schemas/DeskJob'}}}}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/history:
            get:
              summary: Every change made by hand to the job, oldest first (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The audit trail
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/AuditEntry'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
          /v1/technicians/{technician}/absences:
            post:
              summary: Record a technician's absence and plan the day again (dispatcher); customers whose technician changes are told
              security: [{bearer: []}]
              parameters:
                - {name: technician, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [date]
                      properties:
                        date: {$ref: '#/components/schemas/Day'}
                        from: {type: string, pattern: '^\(Self.timeOfDay)$|^24:00$', description: 'HH:MM; default the start of the day'}
                        until: {type: string, pattern: '^\(Self.timeOfDay)$|^24:00$', description: 'HH:MM; default the end of the day'}
                        reason: {type: string}
              responses:
                '201':
                  description: Recorded; the days planned again
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/RosterChange'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
          /v1/technicians:
            post:
              summary: Add a technician (dispatcher); van stock comes with a stock.csv import
              security: [{bearer: []}]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [id, name, lat, lon, shift, skills]
                      properties:
                        id: {type: string, pattern: '^[A-Za-z0-9._-]+$'}
                        name: {type: string, minLength: 1, pattern: '\\S'}
                        lat: {type: number, minimum: -90, maximum: 90}
                        lon: {type: number, minimum: -180, maximum: 180}
                        shift: {type: string, pattern: '^\(Self.timeRange)$', description: 'HH:MM-HH:MM, the end after the start'}
                        skills: {type: array, minItems: 1, items: {type: string, pattern: '^ *[A-Za-z0-9_-]+ *$'}}
              responses:
                '201':
                  description: Added
                  content:
                    application/json:
                      schema: {type: object, required: [id], properties: {id: {type: string}}}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/technicians/{technician}/history:
            get:
              summary: Every change made by hand to the technician (absences, shifts, deactivation), oldest first (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: technician, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The audit trail
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/AuditEntry'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/technicians/{technician}/shifts:
            post:
              summary: One day's other hours for a technician, and the day planned again (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: technician, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [date, hours]
                      properties:
                        date: {$ref: '#/components/schemas/Day'}
                        hours: {type: string, pattern: '^\(Self.timeRange)$', description: 'HH:MM-HH:MM, the end after the start'}
                        reason: {type: string}
              responses:
                '201':
                  description: Recorded; the days planned again
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/RosterChange'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/technicians/{technician}/deactivate:
            post:
              summary: A technician works no more from a date on; the days planned with them are planned again (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: technician, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [date]
                      properties:
                        date: {$ref: '#/components/schemas/Day'}
                        reason: {type: string}
              responses:
                '201':
                  description: Recorded; the days planned again
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/RosterChange'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/jobs/{job}/offers:
            get:
              summary: Windows to read out on the phone, spread over days and halves of days (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
                - {name: days, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 60}, description: days looked at (5)}
                - {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 50}, description: at most this many (6)}
                - {name: prefer, in: query, required: false, schema: {type: string, pattern: '^(mornings?|afternoons?|any|(after|before) \(Self.timeOfDay))$'}, description: "mornings, afternoons, after HH:MM or before HH:MM"}
              responses:
                '200':
                  description: The windows, in calendar order
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Offer'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/plans/{date}/drafts:
            post:
              summary: Plan a day again mid-day as a draft and say what publishing it would change and whom it would tell (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: date, in: path, required: true, schema: {$ref: '#/components/schemas/Day'}}
                - {name: time_limit, in: query, required: false, schema: {type: number}, description: search seconds (default the planning setting)}
              responses:
                '201':
                  description: The draft and its changes against the published plan
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/PlanChanges'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/plans/{date}/publish:
            post:
              summary: Publish a plan version; the customers its changes concern are told, exactly those a draft listed (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: date, in: path, required: true, schema: {$ref: '#/components/schemas/Day'}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, required: [version], properties: {version: {type: integer}}}
              responses:
                '200':
                  description: Published; the changes made and the notices sent
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/PlanChanges'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/me/route:
            get:
              summary: The caller's published route for a date
              security: [{bearer: []}]
              parameters:
                - {name: date, in: query, required: false, schema: {$ref: '#/components/schemas/Day'}, description: defaults to today}
              responses:
                '200':
                  description: The route
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Route'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
          /v1/me/positions:
            post:
              summary: One fix, an array of fixes or {fixes:[...]}; duplicates and late fixes are accepted and ordered by at
              security: [{bearer: []}]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      oneOf:
                        - {$ref: '#/components/schemas/Fix'}
                        - {type: array, items: {$ref: '#/components/schemas/Fix'}}
                        - {type: object, required: [fixes], properties: {fixes: {type: array, items: {$ref: '#/components/schemas/Fix'}}}}
              responses:
                '200':
                  description: Stored
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/PositionsAccepted'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '413': {$ref: '#/components/responses/Problem'}
          /v1/me/visits/{job}/events:
            post:
              summary: Report progress on a visit of the caller's route
              security: [{bearer: []}]
              parameters:
                - {name: job, in: path, required: true, schema: {type: string}}
                - name: Idempotency-Key
                  in: header
                  required: false
                  schema: {type: string, minLength: 1, maxLength: \(IdempotencyKey.maximumLength), pattern: \\S}
                  description: >
                    A fresh key per report (a UUID): a retry with the same key changes nothing and returns
                    the original event; the same key on another report is 409. 1 to \(IdempotencyKey.maximumLength) characters,
                    not all whitespace; an empty, blank or longer key is 400 naming Idempotency-Key.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/VisitEventRequest'}
              responses:
                '201':
                  description: Recorded
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/VisitEvent'}
                '200':
                  description: Replayed (same Idempotency-Key)
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/VisitEvent'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}
                '404': {$ref: '#/components/responses/Problem'}
                '409': {$ref: '#/components/responses/Problem'}
          /v1/board:
            get:
              summary: Every technician's position, freshness, current visit and forecasts (dispatcher)
              security: [{bearer: []}]
              parameters:
                - {name: date, in: query, required: false, schema: {$ref: '#/components/schemas/Day'}}
              responses:
                '200':
                  description: The board
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Board'}
                '400': {$ref: '#/components/responses/Problem'}
                '401': {$ref: '#/components/responses/Problem'}
                '403': {$ref: '#/components/responses/Problem'}

        """
}
