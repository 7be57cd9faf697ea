/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const switchboard = $root.switchboard = (() => {

    /**
     * Namespace switchboard.
     * @exports switchboard
     * @namespace
     */
    const switchboard = {};

    switchboard.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof switchboard
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} switchboard.v1.Envelope.$Properties
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [replyTo] Envelope replyTo
             * @property {switchboard.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {switchboard.v1.ConfigSnapshot.$Properties|null} [config] Envelope config
             * @property {switchboard.v1.Command.$Properties|null} [command] Envelope command
             * @property {switchboard.v1.CommandResult.$Properties|null} [result] Envelope result
             * @property {switchboard.v1.Event.$Properties|null} [event] Envelope event
             * @property {switchboard.v1.Ack.$Properties|null} [ack] Envelope ack
             * @property {"hello"|"config"|"command"|"result"|"event"|"ack"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof switchboard.v1
             * @interface IEnvelope
             * @augments switchboard.v1.Envelope.$Properties
             * @deprecated Use switchboard.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   seq?: number|null;
             *   replyTo?: number|null;
             *   hello?: switchboard.v1.Hello.$Shape|null;
             *   config?: switchboard.v1.ConfigSnapshot.$Shape|null;
             *   command?: switchboard.v1.Command.$Shape|null;
             *   result?: switchboard.v1.CommandResult.$Shape|null;
             *   event?: switchboard.v1.Event.$Shape|null;
             *   ack?: switchboard.v1.Ack.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; config?: null; command?: null; result?: null; event?: null; ack?: null }|{ body?: "hello"; hello: switchboard.v1.Hello.$Shape; config?: null; command?: null; result?: null; event?: null; ack?: null }|{ body?: "config"; hello?: null; config: switchboard.v1.ConfigSnapshot.$Shape; command?: null; result?: null; event?: null; ack?: null }|{ body?: "command"; hello?: null; config?: null; command: switchboard.v1.Command.$Shape; result?: null; event?: null; ack?: null }|{ body?: "result"; hello?: null; config?: null; command?: null; result: switchboard.v1.CommandResult.$Shape; event?: null; ack?: null }|{ body?: "event"; hello?: null; config?: null; command?: null; result?: null; event: switchboard.v1.Event.$Shape; ack?: null }|{ body?: "ack"; hello?: null; config?: null; command?: null; result?: null; event?: null; ack: switchboard.v1.Ack.$Shape })
             * )} switchboard.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof switchboard.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {switchboard.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope replyTo.
             * @member {number} replyTo
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.replyTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope hello.
             * @member {switchboard.v1.Hello.$Properties|null|undefined} hello
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope config.
             * @member {switchboard.v1.ConfigSnapshot.$Properties|null|undefined} config
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.config = null;

            /**
             * Envelope command.
             * @member {switchboard.v1.Command.$Properties|null|undefined} command
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.command = null;

            /**
             * Envelope result.
             * @member {switchboard.v1.CommandResult.$Properties|null|undefined} result
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.result = null;

            /**
             * Envelope event.
             * @member {switchboard.v1.Event.$Properties|null|undefined} event
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Envelope ack.
             * @member {switchboard.v1.Ack.$Properties|null|undefined} ack
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"config"|"command"|"result"|"event"|"ack"|undefined} body
             * @memberof switchboard.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "config", "command", "result", "event", "ack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {switchboard.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: switchboard.v1.Envelope.$Shape): switchboard.v1.Envelope & switchboard.v1.Envelope.$Shape;
             *   (properties?: switchboard.v1.Envelope.$Properties): switchboard.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link switchboard.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {switchboard.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && (typeof m.replyTo === "object" ? m.replyTo.low || m.replyTo.high : m.replyTo !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.replyTo);
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.switchboard.v1.Hello.encode(m.hello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.switchboard.v1.ConfigSnapshot.encode(m.config, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    $root.switchboard.v1.Command.encode(m.command, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.switchboard.v1.CommandResult.encode(m.result, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.switchboard.v1.Event.encode(m.event, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.switchboard.v1.Ack.encode(m.ack, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Envelope & switchboard.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.replyTo = v;
                            else
                                delete m.replyTo;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.hello = $root.switchboard.v1.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.config = $root.switchboard.v1.ConfigSnapshot.decode(r, r.size(), $undefined, q + 1, m.config);
                            m.body = "config";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.command = $root.switchboard.v1.Command.decode(r, r.size(), $undefined, q + 1, m.command);
                            m.body = "command";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.result = $root.switchboard.v1.CommandResult.decode(r, r.size(), $undefined, q + 1, m.result);
                            m.body = "result";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.event = $root.switchboard.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.body = "event";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.ack = $root.switchboard.v1.Ack.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.body = "ack";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Envelope();
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.replyTo != null) {
                    if (typeof d.replyTo === "object" ? d.replyTo.low || d.replyTo.high : $Number(d.replyTo) !== 0) {
                        if ($util.Long)
                            m.replyTo = $util.Long.fromValue(d.replyTo, true);
                        else if (typeof d.replyTo === "string")
                            m.replyTo = $parseInt(d.replyTo, 10);
                        else if (typeof d.replyTo === "number")
                            m.replyTo = d.replyTo;
                        else if (typeof d.replyTo === "object")
                            m.replyTo = new $util.LongBits(d.replyTo.low >>> 0, d.replyTo.high >>> 0).toNumber(true);
                    }
                }
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".switchboard.v1.Envelope.hello: object expected");
                    m.hello = $root.switchboard.v1.Hello.fromObject(d.hello, q + 1);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw $TypeError(".switchboard.v1.Envelope.config: object expected");
                    m.config = $root.switchboard.v1.ConfigSnapshot.fromObject(d.config, q + 1);
                }
                if (d.command != null) {
                    if (!$util.isObject(d.command))
                        throw $TypeError(".switchboard.v1.Envelope.command: object expected");
                    m.command = $root.switchboard.v1.Command.fromObject(d.command, q + 1);
                }
                if (d.result != null) {
                    if (!$util.isObject(d.result))
                        throw $TypeError(".switchboard.v1.Envelope.result: object expected");
                    m.result = $root.switchboard.v1.CommandResult.fromObject(d.result, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".switchboard.v1.Envelope.event: object expected");
                    m.event = $root.switchboard.v1.Event.fromObject(d.event, q + 1);
                }
                if (d.ack != null) {
                    if (!$util.isObject(d.ack))
                        throw $TypeError(".switchboard.v1.Envelope.ack: object expected");
                    m.ack = $root.switchboard.v1.Ack.fromObject(d.ack, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {switchboard.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.replyTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.replyTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.replyTo = typeof m.replyTo === "number" ? $BigInt(m.replyTo) : $util.Long.fromBits(m.replyTo.low >>> 0, m.replyTo.high >>> 0, true).toBigInt();
                    else if (typeof m.replyTo === "number")
                        d.replyTo = o.longs === $String ? $String(m.replyTo) : m.replyTo;
                    else
                        d.replyTo = o.longs === $String ? $util.Long.prototype.toString.call(m.replyTo) : o.longs === $Number ? new $util.LongBits(m.replyTo.low >>> 0, m.replyTo.high >>> 0).toNumber(true) : m.replyTo;
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.switchboard.v1.Hello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.body = "hello";
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.switchboard.v1.ConfigSnapshot.toObject(m.config, o, q + 1);
                    if (o.oneofs)
                        d.body = "config";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = $root.switchboard.v1.Command.toObject(m.command, o, q + 1);
                    if (o.oneofs)
                        d.body = "command";
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = $root.switchboard.v1.CommandResult.toObject(m.result, o, q + 1);
                    if (o.oneofs)
                        d.body = "result";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.switchboard.v1.Event.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.body = "event";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = $root.switchboard.v1.Ack.toObject(m.ack, o, q + 1);
                    if (o.oneofs)
                        d.body = "ack";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof switchboard.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} switchboard.v1.Hello.$Properties
             * @property {string|null} [nodeId] Hello nodeId
             * @property {string|null} [role] Hello role
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof switchboard.v1
             * @interface IHello
             * @augments switchboard.v1.Hello.$Properties
             * @deprecated Use switchboard.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {switchboard.v1.Hello.$Properties} switchboard.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof switchboard.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {switchboard.v1.Hello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hello nodeId.
             * @member {string} nodeId
             * @memberof switchboard.v1.Hello
             * @instance
             */
            Hello.prototype.nodeId = "";

            /**
             * Hello role.
             * @member {string} role
             * @memberof switchboard.v1.Hello
             * @instance
             */
            Hello.prototype.role = "";

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof switchboard.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Hello
             * @static
             * @param {switchboard.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Hello} Hello instance
             * @type {{
             *   (properties: switchboard.v1.Hello.$Shape): switchboard.v1.Hello & switchboard.v1.Hello.$Shape;
             *   (properties?: switchboard.v1.Hello.$Properties): switchboard.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link switchboard.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Hello
             * @static
             * @param {switchboard.v1.Hello.$Properties} m Hello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.role);
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.protocolVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Hello & switchboard.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Hello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Hello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Hello} Hello
             */
            Hello.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Hello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Hello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Hello();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.role != null) {
                    if (typeof d.role !== "string" || d.role.length) {
                        m.role = $String(d.role);
                    }
                }
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Hello
             * @static
             * @param {switchboard.v1.Hello} m Hello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.role = "";
                    d.protocolVersion = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = m.role;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                return d;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof switchboard.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Hello";
            };

            return Hello;
        })();

        v1.ConfigSnapshot = (function() {

            /**
             * Properties of a ConfigSnapshot.
             * @typedef {Object} switchboard.v1.ConfigSnapshot.$Properties
             * @property {number|null} [version] ConfigSnapshot version
             * @property {Array.<switchboard.v1.TenantConfig.$Properties>|null} [tenants] ConfigSnapshot tenants
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigSnapshot.
             * @memberof switchboard.v1
             * @interface IConfigSnapshot
             * @augments switchboard.v1.ConfigSnapshot.$Properties
             * @deprecated Use switchboard.v1.ConfigSnapshot.$Properties instead.
             */

            /**
             * Shape of a ConfigSnapshot.
             * @typedef {switchboard.v1.ConfigSnapshot.$Properties} switchboard.v1.ConfigSnapshot.$Shape
             */

            /**
             * Constructs a new ConfigSnapshot.
             * @memberof switchboard.v1
             * @classdesc Represents a ConfigSnapshot.
             * @constructor
             * @param {switchboard.v1.ConfigSnapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigSnapshot = function (p) {
                this.tenants = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfigSnapshot version.
             * @member {number} version
             * @memberof switchboard.v1.ConfigSnapshot
             * @instance
             */
            ConfigSnapshot.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConfigSnapshot tenants.
             * @member {Array.<switchboard.v1.TenantConfig.$Properties>} tenants
             * @memberof switchboard.v1.ConfigSnapshot
             * @instance
             */
            ConfigSnapshot.prototype.tenants = $util.emptyArray;

            /**
             * Creates a new ConfigSnapshot instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {switchboard.v1.ConfigSnapshot.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.ConfigSnapshot} ConfigSnapshot instance
             * @type {{
             *   (properties: switchboard.v1.ConfigSnapshot.$Shape): switchboard.v1.ConfigSnapshot & switchboard.v1.ConfigSnapshot.$Shape;
             *   (properties?: switchboard.v1.ConfigSnapshot.$Properties): switchboard.v1.ConfigSnapshot;
             * }}
             */
            ConfigSnapshot.create = function(properties) {
                return new ConfigSnapshot(properties);
            };

            /**
             * Encodes the specified ConfigSnapshot message. Does not implicitly {@link switchboard.v1.ConfigSnapshot.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {switchboard.v1.ConfigSnapshot.$Properties} m ConfigSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigSnapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.version);
                if (m.tenants != null && m.tenants.length) {
                    for (var i = 0; i < m.tenants.length; ++i)
                        $root.switchboard.v1.TenantConfig.encode(m.tenants[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConfigSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.ConfigSnapshot & switchboard.v1.ConfigSnapshot.$Shape} ConfigSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigSnapshot.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.ConfigSnapshot();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.tenants && m.tenants.length))
                                m.tenants = [];
                            m.tenants.push($root.switchboard.v1.TenantConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConfigSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.ConfigSnapshot} ConfigSnapshot
             */
            ConfigSnapshot.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.ConfigSnapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.ConfigSnapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.ConfigSnapshot();
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.tenants) {
                    if (!$Array.isArray(d.tenants))
                        throw $TypeError(".switchboard.v1.ConfigSnapshot.tenants: array expected");
                    m.tenants = $Array(d.tenants.length);
                    for (var i = 0; i < d.tenants.length; ++i) {
                        if (!$util.isObject(d.tenants[i]))
                            throw $TypeError(".switchboard.v1.ConfigSnapshot.tenants: object expected");
                        m.tenants[i] = $root.switchboard.v1.TenantConfig.fromObject(d.tenants[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConfigSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {switchboard.v1.ConfigSnapshot} m ConfigSnapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigSnapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.tenants = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.tenants && m.tenants.length) {
                    d.tenants = $Array(m.tenants.length);
                    for (var j = 0; j < m.tenants.length; ++j) {
                        d.tenants[j] = $root.switchboard.v1.TenantConfig.toObject(m.tenants[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ConfigSnapshot to JSON.
             * @function toJSON
             * @memberof switchboard.v1.ConfigSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigSnapshot.prototype.toJSON = function() {
                return ConfigSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigSnapshot
             * @function getTypeUrl
             * @memberof switchboard.v1.ConfigSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.ConfigSnapshot";
            };

            return ConfigSnapshot;
        })();

        v1.TenantConfig = (function() {

            /**
             * Properties of a TenantConfig.
             * @typedef {Object} switchboard.v1.TenantConfig.$Properties
             * @property {string|null} [id] TenantConfig id
             * @property {string|null} [name] TenantConfig name
             * @property {Array.<string>|null} [sipDomains] TenantConfig sipDomains
             * @property {Array.<switchboard.v1.DidConfig.$Properties>|null} [dids] TenantConfig dids
             * @property {Array.<switchboard.v1.QueueConfig.$Properties>|null} [queues] TenantConfig queues
             * @property {Array.<switchboard.v1.AgentConfig.$Properties>|null} [agents] TenantConfig agents
             * @property {switchboard.v1.RecordingPolicy|null} [recording] TenantConfig recording
             * @property {number|null} [maxConcurrentCalls] TenantConfig maxConcurrentCalls
             * @property {number|null} [maxCps] TenantConfig maxCps
             * @property {Array.<switchboard.v1.FlowConfig.$Properties>|null} [flows] TenantConfig flows
             * @property {Array.<switchboard.v1.PromptConfig.$Properties>|null} [prompts] TenantConfig prompts
             * @property {Array.<switchboard.v1.NumberListEntry.$Properties>|null} [numberLists] TenantConfig numberLists
             * @property {Array.<switchboard.v1.TrunkConfig.$Properties>|null} [trunks] TenantConfig trunks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TenantConfig.
             * @memberof switchboard.v1
             * @interface ITenantConfig
             * @augments switchboard.v1.TenantConfig.$Properties
             * @deprecated Use switchboard.v1.TenantConfig.$Properties instead.
             */

            /**
             * Shape of a TenantConfig.
             * @typedef {switchboard.v1.TenantConfig.$Properties} switchboard.v1.TenantConfig.$Shape
             */

            /**
             * Constructs a new TenantConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a TenantConfig.
             * @constructor
             * @param {switchboard.v1.TenantConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TenantConfig = function (p) {
                this.sipDomains = [];
                this.dids = [];
                this.queues = [];
                this.agents = [];
                this.flows = [];
                this.prompts = [];
                this.numberLists = [];
                this.trunks = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TenantConfig id.
             * @member {string} id
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.id = "";

            /**
             * TenantConfig name.
             * @member {string} name
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.name = "";

            /**
             * TenantConfig sipDomains.
             * @member {Array.<string>} sipDomains
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.sipDomains = $util.emptyArray;

            /**
             * TenantConfig dids.
             * @member {Array.<switchboard.v1.DidConfig.$Properties>} dids
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.dids = $util.emptyArray;

            /**
             * TenantConfig queues.
             * @member {Array.<switchboard.v1.QueueConfig.$Properties>} queues
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.queues = $util.emptyArray;

            /**
             * TenantConfig agents.
             * @member {Array.<switchboard.v1.AgentConfig.$Properties>} agents
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.agents = $util.emptyArray;

            /**
             * TenantConfig recording.
             * @member {switchboard.v1.RecordingPolicy} recording
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.recording = 0;

            /**
             * TenantConfig maxConcurrentCalls.
             * @member {number} maxConcurrentCalls
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.maxConcurrentCalls = 0;

            /**
             * TenantConfig maxCps.
             * @member {number} maxCps
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.maxCps = 0;

            /**
             * TenantConfig flows.
             * @member {Array.<switchboard.v1.FlowConfig.$Properties>} flows
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.flows = $util.emptyArray;

            /**
             * TenantConfig prompts.
             * @member {Array.<switchboard.v1.PromptConfig.$Properties>} prompts
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.prompts = $util.emptyArray;

            /**
             * TenantConfig numberLists.
             * @member {Array.<switchboard.v1.NumberListEntry.$Properties>} numberLists
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.numberLists = $util.emptyArray;

            /**
             * TenantConfig trunks.
             * @member {Array.<switchboard.v1.TrunkConfig.$Properties>} trunks
             * @memberof switchboard.v1.TenantConfig
             * @instance
             */
            TenantConfig.prototype.trunks = $util.emptyArray;

            /**
             * Creates a new TenantConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {switchboard.v1.TenantConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.TenantConfig} TenantConfig instance
             * @type {{
             *   (properties: switchboard.v1.TenantConfig.$Shape): switchboard.v1.TenantConfig & switchboard.v1.TenantConfig.$Shape;
             *   (properties?: switchboard.v1.TenantConfig.$Properties): switchboard.v1.TenantConfig;
             * }}
             */
            TenantConfig.create = function(properties) {
                return new TenantConfig(properties);
            };

            /**
             * Encodes the specified TenantConfig message. Does not implicitly {@link switchboard.v1.TenantConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {switchboard.v1.TenantConfig.$Properties} m TenantConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TenantConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.sipDomains != null && m.sipDomains.length) {
                    for (var i = 0; i < m.sipDomains.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.sipDomains[i]);
                }
                if (m.dids != null && m.dids.length) {
                    for (var i = 0; i < m.dids.length; ++i)
                        $root.switchboard.v1.DidConfig.encode(m.dids[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.queues != null && m.queues.length) {
                    for (var i = 0; i < m.queues.length; ++i)
                        $root.switchboard.v1.QueueConfig.encode(m.queues[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.agents != null && m.agents.length) {
                    for (var i = 0; i < m.agents.length; ++i)
                        $root.switchboard.v1.AgentConfig.encode(m.agents[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.recording != null && $Object.hasOwnProperty.call(m, "recording") && m.recording !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.recording);
                if (m.maxConcurrentCalls != null && $Object.hasOwnProperty.call(m, "maxConcurrentCalls") && m.maxConcurrentCalls !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.maxConcurrentCalls);
                if (m.maxCps != null && $Object.hasOwnProperty.call(m, "maxCps") && m.maxCps !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.maxCps);
                if (m.flows != null && m.flows.length) {
                    for (var i = 0; i < m.flows.length; ++i)
                        $root.switchboard.v1.FlowConfig.encode(m.flows[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.prompts != null && m.prompts.length) {
                    for (var i = 0; i < m.prompts.length; ++i)
                        $root.switchboard.v1.PromptConfig.encode(m.prompts[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                }
                if (m.numberLists != null && m.numberLists.length) {
                    for (var i = 0; i < m.numberLists.length; ++i)
                        $root.switchboard.v1.NumberListEntry.encode(m.numberLists[i], w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                }
                if (m.trunks != null && m.trunks.length) {
                    for (var i = 0; i < m.trunks.length; ++i)
                        $root.switchboard.v1.TrunkConfig.encode(m.trunks[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TenantConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.TenantConfig & switchboard.v1.TenantConfig.$Shape} TenantConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TenantConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.TenantConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.sipDomains && m.sipDomains.length))
                                m.sipDomains = [];
                            m.sipDomains.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.dids && m.dids.length))
                                m.dids = [];
                            m.dids.push($root.switchboard.v1.DidConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.queues && m.queues.length))
                                m.queues = [];
                            m.queues.push($root.switchboard.v1.QueueConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.agents && m.agents.length))
                                m.agents = [];
                            m.agents.push($root.switchboard.v1.AgentConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.recording = v;
                            else
                                delete m.recording;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxConcurrentCalls = v;
                            else
                                delete m.maxConcurrentCalls;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxCps = v;
                            else
                                delete m.maxCps;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.flows && m.flows.length))
                                m.flows = [];
                            m.flows.push($root.switchboard.v1.FlowConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (!(m.prompts && m.prompts.length))
                                m.prompts = [];
                            m.prompts.push($root.switchboard.v1.PromptConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.numberLists && m.numberLists.length))
                                m.numberLists = [];
                            m.numberLists.push($root.switchboard.v1.NumberListEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if (!(m.trunks && m.trunks.length))
                                m.trunks = [];
                            m.trunks.push($root.switchboard.v1.TrunkConfig.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TenantConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.TenantConfig} TenantConfig
             */
            TenantConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.TenantConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.TenantConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.TenantConfig();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.sipDomains) {
                    if (!$Array.isArray(d.sipDomains))
                        throw $TypeError(".switchboard.v1.TenantConfig.sipDomains: array expected");
                    m.sipDomains = $Array(d.sipDomains.length);
                    for (var i = 0; i < d.sipDomains.length; ++i) {
                        m.sipDomains[i] = $String(d.sipDomains[i]);
                    }
                }
                if (d.dids) {
                    if (!$Array.isArray(d.dids))
                        throw $TypeError(".switchboard.v1.TenantConfig.dids: array expected");
                    m.dids = $Array(d.dids.length);
                    for (var i = 0; i < d.dids.length; ++i) {
                        if (!$util.isObject(d.dids[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.dids: object expected");
                        m.dids[i] = $root.switchboard.v1.DidConfig.fromObject(d.dids[i], q + 1);
                    }
                }
                if (d.queues) {
                    if (!$Array.isArray(d.queues))
                        throw $TypeError(".switchboard.v1.TenantConfig.queues: array expected");
                    m.queues = $Array(d.queues.length);
                    for (var i = 0; i < d.queues.length; ++i) {
                        if (!$util.isObject(d.queues[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.queues: object expected");
                        m.queues[i] = $root.switchboard.v1.QueueConfig.fromObject(d.queues[i], q + 1);
                    }
                }
                if (d.agents) {
                    if (!$Array.isArray(d.agents))
                        throw $TypeError(".switchboard.v1.TenantConfig.agents: array expected");
                    m.agents = $Array(d.agents.length);
                    for (var i = 0; i < d.agents.length; ++i) {
                        if (!$util.isObject(d.agents[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.agents: object expected");
                        m.agents[i] = $root.switchboard.v1.AgentConfig.fromObject(d.agents[i], q + 1);
                    }
                }
                if (d.recording !== 0 && (typeof d.recording !== "string" || $root.switchboard.v1.RecordingPolicy[d.recording] !== 0)) {
                    switch (d.recording) {
                    case "RECORDING_ALWAYS":
                    case 0:
                        m.recording = 0;
                        break;
                    case "RECORDING_NEVER":
                    case 1:
                        m.recording = 1;
                        break;
                    case "RECORDING_ON_DEMAND":
                    case 2:
                        m.recording = 2;
                        break;
                    default:
                        if (typeof d.recording === "number" && (d.recording | 0) === d.recording)
                            m.recording = d.recording;
                    }
                }
                if (d.maxConcurrentCalls != null) {
                    if ($Number(d.maxConcurrentCalls) !== 0) {
                        m.maxConcurrentCalls = d.maxConcurrentCalls >>> 0;
                    }
                }
                if (d.maxCps != null) {
                    if ($Number(d.maxCps) !== 0) {
                        m.maxCps = d.maxCps >>> 0;
                    }
                }
                if (d.flows) {
                    if (!$Array.isArray(d.flows))
                        throw $TypeError(".switchboard.v1.TenantConfig.flows: array expected");
                    m.flows = $Array(d.flows.length);
                    for (var i = 0; i < d.flows.length; ++i) {
                        if (!$util.isObject(d.flows[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.flows: object expected");
                        m.flows[i] = $root.switchboard.v1.FlowConfig.fromObject(d.flows[i], q + 1);
                    }
                }
                if (d.prompts) {
                    if (!$Array.isArray(d.prompts))
                        throw $TypeError(".switchboard.v1.TenantConfig.prompts: array expected");
                    m.prompts = $Array(d.prompts.length);
                    for (var i = 0; i < d.prompts.length; ++i) {
                        if (!$util.isObject(d.prompts[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.prompts: object expected");
                        m.prompts[i] = $root.switchboard.v1.PromptConfig.fromObject(d.prompts[i], q + 1);
                    }
                }
                if (d.numberLists) {
                    if (!$Array.isArray(d.numberLists))
                        throw $TypeError(".switchboard.v1.TenantConfig.numberLists: array expected");
                    m.numberLists = $Array(d.numberLists.length);
                    for (var i = 0; i < d.numberLists.length; ++i) {
                        if (!$util.isObject(d.numberLists[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.numberLists: object expected");
                        m.numberLists[i] = $root.switchboard.v1.NumberListEntry.fromObject(d.numberLists[i], q + 1);
                    }
                }
                if (d.trunks) {
                    if (!$Array.isArray(d.trunks))
                        throw $TypeError(".switchboard.v1.TenantConfig.trunks: array expected");
                    m.trunks = $Array(d.trunks.length);
                    for (var i = 0; i < d.trunks.length; ++i) {
                        if (!$util.isObject(d.trunks[i]))
                            throw $TypeError(".switchboard.v1.TenantConfig.trunks: object expected");
                        m.trunks[i] = $root.switchboard.v1.TrunkConfig.fromObject(d.trunks[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TenantConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {switchboard.v1.TenantConfig} m TenantConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TenantConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.sipDomains = [];
                    d.dids = [];
                    d.queues = [];
                    d.agents = [];
                    d.flows = [];
                    d.prompts = [];
                    d.numberLists = [];
                    d.trunks = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.name = "";
                    d.recording = o.enums === $String ? "RECORDING_ALWAYS" : 0;
                    d.maxConcurrentCalls = 0;
                    d.maxCps = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.sipDomains && m.sipDomains.length) {
                    d.sipDomains = $Array(m.sipDomains.length);
                    for (var j = 0; j < m.sipDomains.length; ++j) {
                        d.sipDomains[j] = m.sipDomains[j];
                    }
                }
                if (m.dids && m.dids.length) {
                    d.dids = $Array(m.dids.length);
                    for (var j = 0; j < m.dids.length; ++j) {
                        d.dids[j] = $root.switchboard.v1.DidConfig.toObject(m.dids[j], o, q + 1);
                    }
                }
                if (m.queues && m.queues.length) {
                    d.queues = $Array(m.queues.length);
                    for (var j = 0; j < m.queues.length; ++j) {
                        d.queues[j] = $root.switchboard.v1.QueueConfig.toObject(m.queues[j], o, q + 1);
                    }
                }
                if (m.agents && m.agents.length) {
                    d.agents = $Array(m.agents.length);
                    for (var j = 0; j < m.agents.length; ++j) {
                        d.agents[j] = $root.switchboard.v1.AgentConfig.toObject(m.agents[j], o, q + 1);
                    }
                }
                if (m.recording != null && $Object.hasOwnProperty.call(m, "recording")) {
                    d.recording = o.enums === $String ? $root.switchboard.v1.RecordingPolicy[m.recording] === $undefined ? m.recording : $root.switchboard.v1.RecordingPolicy[m.recording] : m.recording;
                }
                if (m.maxConcurrentCalls != null && $Object.hasOwnProperty.call(m, "maxConcurrentCalls")) {
                    d.maxConcurrentCalls = m.maxConcurrentCalls;
                }
                if (m.maxCps != null && $Object.hasOwnProperty.call(m, "maxCps")) {
                    d.maxCps = m.maxCps;
                }
                if (m.flows && m.flows.length) {
                    d.flows = $Array(m.flows.length);
                    for (var j = 0; j < m.flows.length; ++j) {
                        d.flows[j] = $root.switchboard.v1.FlowConfig.toObject(m.flows[j], o, q + 1);
                    }
                }
                if (m.prompts && m.prompts.length) {
                    d.prompts = $Array(m.prompts.length);
                    for (var j = 0; j < m.prompts.length; ++j) {
                        d.prompts[j] = $root.switchboard.v1.PromptConfig.toObject(m.prompts[j], o, q + 1);
                    }
                }
                if (m.numberLists && m.numberLists.length) {
                    d.numberLists = $Array(m.numberLists.length);
                    for (var j = 0; j < m.numberLists.length; ++j) {
                        d.numberLists[j] = $root.switchboard.v1.NumberListEntry.toObject(m.numberLists[j], o, q + 1);
                    }
                }
                if (m.trunks && m.trunks.length) {
                    d.trunks = $Array(m.trunks.length);
                    for (var j = 0; j < m.trunks.length; ++j) {
                        d.trunks[j] = $root.switchboard.v1.TrunkConfig.toObject(m.trunks[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this TenantConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.TenantConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TenantConfig.prototype.toJSON = function() {
                return TenantConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TenantConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.TenantConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TenantConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.TenantConfig";
            };

            return TenantConfig;
        })();

        v1.TrunkConfig = (function() {

            /**
             * Properties of a TrunkConfig.
             * @typedef {Object} switchboard.v1.TrunkConfig.$Properties
             * @property {string|null} [id] TrunkConfig id
             * @property {string|null} [name] TrunkConfig name
             * @property {string|null} [host] TrunkConfig host
             * @property {number|null} [port] TrunkConfig port
             * @property {string|null} [transport] TrunkConfig transport
             * @property {string|null} [username] TrunkConfig username
             * @property {string|null} [password] TrunkConfig password
             * @property {string|null} [callerId] TrunkConfig callerId
             * @property {number|null} [maxChannels] TrunkConfig maxChannels
             * @property {boolean|null} [register] TrunkConfig register
             * @property {number|null} [registerExpires] TrunkConfig registerExpires
             * @property {Array.<string>|null} [inboundSources] TrunkConfig inboundSources
             * @property {number|null} [maxCps] TrunkConfig maxCps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrunkConfig.
             * @memberof switchboard.v1
             * @interface ITrunkConfig
             * @augments switchboard.v1.TrunkConfig.$Properties
             * @deprecated Use switchboard.v1.TrunkConfig.$Properties instead.
             */

            /**
             * Shape of a TrunkConfig.
             * @typedef {switchboard.v1.TrunkConfig.$Properties} switchboard.v1.TrunkConfig.$Shape
             */

            /**
             * Constructs a new TrunkConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a TrunkConfig.
             * @constructor
             * @param {switchboard.v1.TrunkConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrunkConfig = function (p) {
                this.inboundSources = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TrunkConfig id.
             * @member {string} id
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.id = "";

            /**
             * TrunkConfig name.
             * @member {string} name
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.name = "";

            /**
             * TrunkConfig host.
             * @member {string} host
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.host = "";

            /**
             * TrunkConfig port.
             * @member {number} port
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.port = 0;

            /**
             * TrunkConfig transport.
             * @member {string} transport
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.transport = "";

            /**
             * TrunkConfig username.
             * @member {string} username
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.username = "";

            /**
             * TrunkConfig password.
             * @member {string} password
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.password = "";

            /**
             * TrunkConfig callerId.
             * @member {string} callerId
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.callerId = "";

            /**
             * TrunkConfig maxChannels.
             * @member {number} maxChannels
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.maxChannels = 0;

            /**
             * TrunkConfig register.
             * @member {boolean} register
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.register = false;

            /**
             * TrunkConfig registerExpires.
             * @member {number} registerExpires
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.registerExpires = 0;

            /**
             * TrunkConfig inboundSources.
             * @member {Array.<string>} inboundSources
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.inboundSources = $util.emptyArray;

            /**
             * TrunkConfig maxCps.
             * @member {number} maxCps
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             */
            TrunkConfig.prototype.maxCps = 0;

            /**
             * Creates a new TrunkConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {switchboard.v1.TrunkConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.TrunkConfig} TrunkConfig instance
             * @type {{
             *   (properties: switchboard.v1.TrunkConfig.$Shape): switchboard.v1.TrunkConfig & switchboard.v1.TrunkConfig.$Shape;
             *   (properties?: switchboard.v1.TrunkConfig.$Properties): switchboard.v1.TrunkConfig;
             * }}
             */
            TrunkConfig.create = function(properties) {
                return new TrunkConfig(properties);
            };

            /**
             * Encodes the specified TrunkConfig message. Does not implicitly {@link switchboard.v1.TrunkConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {switchboard.v1.TrunkConfig.$Properties} m TrunkConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrunkConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.host);
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.port);
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport") && m.transport !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.transport);
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.username);
                if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.password);
                if (m.callerId != null && $Object.hasOwnProperty.call(m, "callerId") && m.callerId !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.callerId);
                if (m.maxChannels != null && $Object.hasOwnProperty.call(m, "maxChannels") && m.maxChannels !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.maxChannels);
                if (m.register != null && $Object.hasOwnProperty.call(m, "register") && m.register !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.register);
                if (m.registerExpires != null && $Object.hasOwnProperty.call(m, "registerExpires") && m.registerExpires !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.registerExpires);
                if (m.inboundSources != null && m.inboundSources.length) {
                    for (var i = 0; i < m.inboundSources.length; ++i)
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.inboundSources[i]);
                }
                if (m.maxCps != null && $Object.hasOwnProperty.call(m, "maxCps") && m.maxCps !== 0)
                    w.uint32(/* id 13, wireType 0 =*/104).uint32(m.maxCps);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TrunkConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.TrunkConfig & switchboard.v1.TrunkConfig.$Shape} TrunkConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrunkConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.TrunkConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.transport = v;
                            else
                                delete m.transport;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.password = v;
                            else
                                delete m.password;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callerId = v;
                            else
                                delete m.callerId;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxChannels = v;
                            else
                                delete m.maxChannels;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.register = v;
                            else
                                delete m.register;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.registerExpires = v;
                            else
                                delete m.registerExpires;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.inboundSources && m.inboundSources.length))
                                m.inboundSources = [];
                            m.inboundSources.push(r.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxCps = v;
                            else
                                delete m.maxCps;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TrunkConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.TrunkConfig} TrunkConfig
             */
            TrunkConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.TrunkConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.TrunkConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.TrunkConfig();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.host != null) {
                    if (typeof d.host !== "string" || d.host.length) {
                        m.host = $String(d.host);
                    }
                }
                if (d.port != null) {
                    if ($Number(d.port) !== 0) {
                        m.port = d.port >>> 0;
                    }
                }
                if (d.transport != null) {
                    if (typeof d.transport !== "string" || d.transport.length) {
                        m.transport = $String(d.transport);
                    }
                }
                if (d.username != null) {
                    if (typeof d.username !== "string" || d.username.length) {
                        m.username = $String(d.username);
                    }
                }
                if (d.password != null) {
                    if (typeof d.password !== "string" || d.password.length) {
                        m.password = $String(d.password);
                    }
                }
                if (d.callerId != null) {
                    if (typeof d.callerId !== "string" || d.callerId.length) {
                        m.callerId = $String(d.callerId);
                    }
                }
                if (d.maxChannels != null) {
                    if ($Number(d.maxChannels) !== 0) {
                        m.maxChannels = d.maxChannels >>> 0;
                    }
                }
                if (d.register != null) {
                    if (d.register) {
                        m.register = $Boolean(d.register);
                    }
                }
                if (d.registerExpires != null) {
                    if ($Number(d.registerExpires) !== 0) {
                        m.registerExpires = d.registerExpires >>> 0;
                    }
                }
                if (d.inboundSources) {
                    if (!$Array.isArray(d.inboundSources))
                        throw $TypeError(".switchboard.v1.TrunkConfig.inboundSources: array expected");
                    m.inboundSources = $Array(d.inboundSources.length);
                    for (var i = 0; i < d.inboundSources.length; ++i) {
                        m.inboundSources[i] = $String(d.inboundSources[i]);
                    }
                }
                if (d.maxCps != null) {
                    if ($Number(d.maxCps) !== 0) {
                        m.maxCps = d.maxCps >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TrunkConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {switchboard.v1.TrunkConfig} m TrunkConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrunkConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.inboundSources = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.name = "";
                    d.host = "";
                    d.port = 0;
                    d.transport = "";
                    d.username = "";
                    d.password = "";
                    d.callerId = "";
                    d.maxChannels = 0;
                    d.register = false;
                    d.registerExpires = 0;
                    d.maxCps = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                    d.port = m.port;
                }
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport")) {
                    d.transport = m.transport;
                }
                if (m.username != null && $Object.hasOwnProperty.call(m, "username")) {
                    d.username = m.username;
                }
                if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                    d.password = m.password;
                }
                if (m.callerId != null && $Object.hasOwnProperty.call(m, "callerId")) {
                    d.callerId = m.callerId;
                }
                if (m.maxChannels != null && $Object.hasOwnProperty.call(m, "maxChannels")) {
                    d.maxChannels = m.maxChannels;
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    d.register = m.register;
                }
                if (m.registerExpires != null && $Object.hasOwnProperty.call(m, "registerExpires")) {
                    d.registerExpires = m.registerExpires;
                }
                if (m.inboundSources && m.inboundSources.length) {
                    d.inboundSources = $Array(m.inboundSources.length);
                    for (var j = 0; j < m.inboundSources.length; ++j) {
                        d.inboundSources[j] = m.inboundSources[j];
                    }
                }
                if (m.maxCps != null && $Object.hasOwnProperty.call(m, "maxCps")) {
                    d.maxCps = m.maxCps;
                }
                return d;
            };

            /**
             * Converts this TrunkConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.TrunkConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrunkConfig.prototype.toJSON = function() {
                return TrunkConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrunkConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.TrunkConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrunkConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.TrunkConfig";
            };

            return TrunkConfig;
        })();

        v1.NumberListEntry = (function() {

            /**
             * Properties of a NumberListEntry.
             * @typedef {Object} switchboard.v1.NumberListEntry.$Properties
             * @property {string|null} [kind] NumberListEntry kind
             * @property {string|null} [number] NumberListEntry number
             * @property {string|null} [extension] NumberListEntry extension
             * @property {number|null} [expiresMs] NumberListEntry expiresMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NumberListEntry.
             * @memberof switchboard.v1
             * @interface INumberListEntry
             * @augments switchboard.v1.NumberListEntry.$Properties
             * @deprecated Use switchboard.v1.NumberListEntry.$Properties instead.
             */

            /**
             * Shape of a NumberListEntry.
             * @typedef {switchboard.v1.NumberListEntry.$Properties} switchboard.v1.NumberListEntry.$Shape
             */

            /**
             * Constructs a new NumberListEntry.
             * @memberof switchboard.v1
             * @classdesc Represents a NumberListEntry.
             * @constructor
             * @param {switchboard.v1.NumberListEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NumberListEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NumberListEntry kind.
             * @member {string} kind
             * @memberof switchboard.v1.NumberListEntry
             * @instance
             */
            NumberListEntry.prototype.kind = "";

            /**
             * NumberListEntry number.
             * @member {string} number
             * @memberof switchboard.v1.NumberListEntry
             * @instance
             */
            NumberListEntry.prototype.number = "";

            /**
             * NumberListEntry extension.
             * @member {string} extension
             * @memberof switchboard.v1.NumberListEntry
             * @instance
             */
            NumberListEntry.prototype.extension = "";

            /**
             * NumberListEntry expiresMs.
             * @member {number} expiresMs
             * @memberof switchboard.v1.NumberListEntry
             * @instance
             */
            NumberListEntry.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new NumberListEntry instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {switchboard.v1.NumberListEntry.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.NumberListEntry} NumberListEntry instance
             * @type {{
             *   (properties: switchboard.v1.NumberListEntry.$Shape): switchboard.v1.NumberListEntry & switchboard.v1.NumberListEntry.$Shape;
             *   (properties?: switchboard.v1.NumberListEntry.$Properties): switchboard.v1.NumberListEntry;
             * }}
             */
            NumberListEntry.create = function(properties) {
                return new NumberListEntry(properties);
            };

            /**
             * Encodes the specified NumberListEntry message. Does not implicitly {@link switchboard.v1.NumberListEntry.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {switchboard.v1.NumberListEntry.$Properties} m NumberListEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumberListEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.kind);
                if (m.number != null && $Object.hasOwnProperty.call(m, "number") && m.number !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.number);
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension") && m.extension !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.extension);
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && (typeof m.expiresMs === "object" ? m.expiresMs.low || m.expiresMs.high : m.expiresMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.expiresMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NumberListEntry message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.NumberListEntry & switchboard.v1.NumberListEntry.$Shape} NumberListEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumberListEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.NumberListEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.number = v;
                            else
                                delete m.number;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.extension = v;
                            else
                                delete m.extension;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.expiresMs = v;
                            else
                                delete m.expiresMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a NumberListEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.NumberListEntry} NumberListEntry
             */
            NumberListEntry.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.NumberListEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.NumberListEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.NumberListEntry();
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.number != null) {
                    if (typeof d.number !== "string" || d.number.length) {
                        m.number = $String(d.number);
                    }
                }
                if (d.extension != null) {
                    if (typeof d.extension !== "string" || d.extension.length) {
                        m.extension = $String(d.extension);
                    }
                }
                if (d.expiresMs != null) {
                    if (typeof d.expiresMs === "object" ? d.expiresMs.low || d.expiresMs.high : $Number(d.expiresMs) !== 0) {
                        if ($util.Long)
                            m.expiresMs = $util.Long.fromValue(d.expiresMs, false);
                        else if (typeof d.expiresMs === "string")
                            m.expiresMs = $parseInt(d.expiresMs, 10);
                        else if (typeof d.expiresMs === "number")
                            m.expiresMs = d.expiresMs;
                        else if (typeof d.expiresMs === "object")
                            m.expiresMs = new $util.LongBits(d.expiresMs.low >>> 0, d.expiresMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NumberListEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {switchboard.v1.NumberListEntry} m NumberListEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NumberListEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.kind = "";
                    d.number = "";
                    d.extension = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.expiresMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expiresMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.number != null && $Object.hasOwnProperty.call(m, "number")) {
                    d.number = m.number;
                }
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension")) {
                    d.extension = m.extension;
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expiresMs = typeof m.expiresMs === "number" ? $BigInt(m.expiresMs) : $util.Long.fromBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0, false).toBigInt();
                    else if (typeof m.expiresMs === "number")
                        d.expiresMs = o.longs === $String ? $String(m.expiresMs) : m.expiresMs;
                    else
                        d.expiresMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresMs) : o.longs === $Number ? new $util.LongBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0).toNumber() : m.expiresMs;
                }
                return d;
            };

            /**
             * Converts this NumberListEntry to JSON.
             * @function toJSON
             * @memberof switchboard.v1.NumberListEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NumberListEntry.prototype.toJSON = function() {
                return NumberListEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NumberListEntry
             * @function getTypeUrl
             * @memberof switchboard.v1.NumberListEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NumberListEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.NumberListEntry";
            };

            return NumberListEntry;
        })();

        v1.FlowConfig = (function() {

            /**
             * Properties of a FlowConfig.
             * @typedef {Object} switchboard.v1.FlowConfig.$Properties
             * @property {string|null} [id] FlowConfig id
             * @property {number|null} [version] FlowConfig version
             * @property {string|null} [definition] FlowConfig definition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowConfig.
             * @memberof switchboard.v1
             * @interface IFlowConfig
             * @augments switchboard.v1.FlowConfig.$Properties
             * @deprecated Use switchboard.v1.FlowConfig.$Properties instead.
             */

            /**
             * Shape of a FlowConfig.
             * @typedef {switchboard.v1.FlowConfig.$Properties} switchboard.v1.FlowConfig.$Shape
             */

            /**
             * Constructs a new FlowConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a FlowConfig.
             * @constructor
             * @param {switchboard.v1.FlowConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FlowConfig id.
             * @member {string} id
             * @memberof switchboard.v1.FlowConfig
             * @instance
             */
            FlowConfig.prototype.id = "";

            /**
             * FlowConfig version.
             * @member {number} version
             * @memberof switchboard.v1.FlowConfig
             * @instance
             */
            FlowConfig.prototype.version = 0;

            /**
             * FlowConfig definition.
             * @member {string} definition
             * @memberof switchboard.v1.FlowConfig
             * @instance
             */
            FlowConfig.prototype.definition = "";

            /**
             * Creates a new FlowConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {switchboard.v1.FlowConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.FlowConfig} FlowConfig instance
             * @type {{
             *   (properties: switchboard.v1.FlowConfig.$Shape): switchboard.v1.FlowConfig & switchboard.v1.FlowConfig.$Shape;
             *   (properties?: switchboard.v1.FlowConfig.$Properties): switchboard.v1.FlowConfig;
             * }}
             */
            FlowConfig.create = function(properties) {
                return new FlowConfig(properties);
            };

            /**
             * Encodes the specified FlowConfig message. Does not implicitly {@link switchboard.v1.FlowConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {switchboard.v1.FlowConfig.$Properties} m FlowConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.version);
                if (m.definition != null && $Object.hasOwnProperty.call(m, "definition") && m.definition !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.definition);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FlowConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.FlowConfig & switchboard.v1.FlowConfig.$Shape} FlowConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.FlowConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.definition = v;
                            else
                                delete m.definition;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a FlowConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.FlowConfig} FlowConfig
             */
            FlowConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.FlowConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.FlowConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.FlowConfig();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version >>> 0;
                    }
                }
                if (d.definition != null) {
                    if (typeof d.definition !== "string" || d.definition.length) {
                        m.definition = $String(d.definition);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FlowConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {switchboard.v1.FlowConfig} m FlowConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlowConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.version = 0;
                    d.definition = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.definition != null && $Object.hasOwnProperty.call(m, "definition")) {
                    d.definition = m.definition;
                }
                return d;
            };

            /**
             * Converts this FlowConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.FlowConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlowConfig.prototype.toJSON = function() {
                return FlowConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlowConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.FlowConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.FlowConfig";
            };

            return FlowConfig;
        })();

        v1.PromptConfig = (function() {

            /**
             * Properties of a PromptConfig.
             * @typedef {Object} switchboard.v1.PromptConfig.$Properties
             * @property {string|null} [name] PromptConfig name
             * @property {string|null} [kind] PromptConfig kind
             * @property {string|null} [voice] PromptConfig voice
             * @property {string|null} [text] PromptConfig text
             * @property {string|null} [file] PromptConfig file
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PromptConfig.
             * @memberof switchboard.v1
             * @interface IPromptConfig
             * @augments switchboard.v1.PromptConfig.$Properties
             * @deprecated Use switchboard.v1.PromptConfig.$Properties instead.
             */

            /**
             * Shape of a PromptConfig.
             * @typedef {switchboard.v1.PromptConfig.$Properties} switchboard.v1.PromptConfig.$Shape
             */

            /**
             * Constructs a new PromptConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a PromptConfig.
             * @constructor
             * @param {switchboard.v1.PromptConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PromptConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PromptConfig name.
             * @member {string} name
             * @memberof switchboard.v1.PromptConfig
             * @instance
             */
            PromptConfig.prototype.name = "";

            /**
             * PromptConfig kind.
             * @member {string} kind
             * @memberof switchboard.v1.PromptConfig
             * @instance
             */
            PromptConfig.prototype.kind = "";

            /**
             * PromptConfig voice.
             * @member {string} voice
             * @memberof switchboard.v1.PromptConfig
             * @instance
             */
            PromptConfig.prototype.voice = "";

            /**
             * PromptConfig text.
             * @member {string} text
             * @memberof switchboard.v1.PromptConfig
             * @instance
             */
            PromptConfig.prototype.text = "";

            /**
             * PromptConfig file.
             * @member {string} file
             * @memberof switchboard.v1.PromptConfig
             * @instance
             */
            PromptConfig.prototype.file = "";

            /**
             * Creates a new PromptConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {switchboard.v1.PromptConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.PromptConfig} PromptConfig instance
             * @type {{
             *   (properties: switchboard.v1.PromptConfig.$Shape): switchboard.v1.PromptConfig & switchboard.v1.PromptConfig.$Shape;
             *   (properties?: switchboard.v1.PromptConfig.$Properties): switchboard.v1.PromptConfig;
             * }}
             */
            PromptConfig.create = function(properties) {
                return new PromptConfig(properties);
            };

            /**
             * Encodes the specified PromptConfig message. Does not implicitly {@link switchboard.v1.PromptConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {switchboard.v1.PromptConfig.$Properties} m PromptConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PromptConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.voice != null && $Object.hasOwnProperty.call(m, "voice") && m.voice !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.voice);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.text);
                if (m.file != null && $Object.hasOwnProperty.call(m, "file") && m.file !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.file);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PromptConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.PromptConfig & switchboard.v1.PromptConfig.$Shape} PromptConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PromptConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.PromptConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.voice = v;
                            else
                                delete m.voice;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.file = v;
                            else
                                delete m.file;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PromptConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.PromptConfig} PromptConfig
             */
            PromptConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.PromptConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.PromptConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.PromptConfig();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.voice != null) {
                    if (typeof d.voice !== "string" || d.voice.length) {
                        m.voice = $String(d.voice);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.file != null) {
                    if (typeof d.file !== "string" || d.file.length) {
                        m.file = $String(d.file);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PromptConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {switchboard.v1.PromptConfig} m PromptConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PromptConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.kind = "";
                    d.voice = "";
                    d.text = "";
                    d.file = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.voice != null && $Object.hasOwnProperty.call(m, "voice")) {
                    d.voice = m.voice;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.file != null && $Object.hasOwnProperty.call(m, "file")) {
                    d.file = m.file;
                }
                return d;
            };

            /**
             * Converts this PromptConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.PromptConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PromptConfig.prototype.toJSON = function() {
                return PromptConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PromptConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.PromptConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PromptConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.PromptConfig";
            };

            return PromptConfig;
        })();

        /**
         * RecordingPolicy enum.
         * @name switchboard.v1.RecordingPolicy
         * @enum {number}
         * @property {number} RECORDING_ALWAYS=0 RECORDING_ALWAYS value
         * @property {number} RECORDING_NEVER=1 RECORDING_NEVER value
         * @property {number} RECORDING_ON_DEMAND=2 RECORDING_ON_DEMAND value
         */
        v1.RecordingPolicy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECORDING_ALWAYS"] = 0;
            values[valuesById[1] = "RECORDING_NEVER"] = 1;
            values[valuesById[2] = "RECORDING_ON_DEMAND"] = 2;
            return values;
        })();

        v1.DidConfig = (function() {

            /**
             * Properties of a DidConfig.
             * @typedef {Object} switchboard.v1.DidConfig.$Properties
             * @property {string|null} [number] DidConfig number
             * @property {string|null} [queueId] DidConfig queueId
             * @property {string|null} [flowId] DidConfig flowId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DidConfig.
             * @memberof switchboard.v1
             * @interface IDidConfig
             * @augments switchboard.v1.DidConfig.$Properties
             * @deprecated Use switchboard.v1.DidConfig.$Properties instead.
             */

            /**
             * Shape of a DidConfig.
             * @typedef {switchboard.v1.DidConfig.$Properties} switchboard.v1.DidConfig.$Shape
             */

            /**
             * Constructs a new DidConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a DidConfig.
             * @constructor
             * @param {switchboard.v1.DidConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DidConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DidConfig number.
             * @member {string} number
             * @memberof switchboard.v1.DidConfig
             * @instance
             */
            DidConfig.prototype.number = "";

            /**
             * DidConfig queueId.
             * @member {string} queueId
             * @memberof switchboard.v1.DidConfig
             * @instance
             */
            DidConfig.prototype.queueId = "";

            /**
             * DidConfig flowId.
             * @member {string} flowId
             * @memberof switchboard.v1.DidConfig
             * @instance
             */
            DidConfig.prototype.flowId = "";

            /**
             * Creates a new DidConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {switchboard.v1.DidConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.DidConfig} DidConfig instance
             * @type {{
             *   (properties: switchboard.v1.DidConfig.$Shape): switchboard.v1.DidConfig & switchboard.v1.DidConfig.$Shape;
             *   (properties?: switchboard.v1.DidConfig.$Properties): switchboard.v1.DidConfig;
             * }}
             */
            DidConfig.create = function(properties) {
                return new DidConfig(properties);
            };

            /**
             * Encodes the specified DidConfig message. Does not implicitly {@link switchboard.v1.DidConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {switchboard.v1.DidConfig.$Properties} m DidConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DidConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.number != null && $Object.hasOwnProperty.call(m, "number") && m.number !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.number);
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId") && m.queueId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.queueId);
                if (m.flowId != null && $Object.hasOwnProperty.call(m, "flowId") && m.flowId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.flowId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DidConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.DidConfig & switchboard.v1.DidConfig.$Shape} DidConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DidConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.DidConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.number = v;
                            else
                                delete m.number;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queueId = v;
                            else
                                delete m.queueId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.flowId = v;
                            else
                                delete m.flowId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DidConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.DidConfig} DidConfig
             */
            DidConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.DidConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.DidConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.DidConfig();
                if (d.number != null) {
                    if (typeof d.number !== "string" || d.number.length) {
                        m.number = $String(d.number);
                    }
                }
                if (d.queueId != null) {
                    if (typeof d.queueId !== "string" || d.queueId.length) {
                        m.queueId = $String(d.queueId);
                    }
                }
                if (d.flowId != null) {
                    if (typeof d.flowId !== "string" || d.flowId.length) {
                        m.flowId = $String(d.flowId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DidConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {switchboard.v1.DidConfig} m DidConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DidConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.number = "";
                    d.queueId = "";
                    d.flowId = "";
                }
                if (m.number != null && $Object.hasOwnProperty.call(m, "number")) {
                    d.number = m.number;
                }
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId")) {
                    d.queueId = m.queueId;
                }
                if (m.flowId != null && $Object.hasOwnProperty.call(m, "flowId")) {
                    d.flowId = m.flowId;
                }
                return d;
            };

            /**
             * Converts this DidConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.DidConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DidConfig.prototype.toJSON = function() {
                return DidConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DidConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.DidConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DidConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.DidConfig";
            };

            return DidConfig;
        })();

        v1.QueueConfig = (function() {

            /**
             * Properties of a QueueConfig.
             * @typedef {Object} switchboard.v1.QueueConfig.$Properties
             * @property {string|null} [id] QueueConfig id
             * @property {string|null} [name] QueueConfig name
             * @property {string|null} [strategy] QueueConfig strategy
             * @property {number|null} [ringTimeoutS] QueueConfig ringTimeoutS
             * @property {number|null} [wrapupS] QueueConfig wrapupS
             * @property {number|null} [maxWaitS] QueueConfig maxWaitS
             * @property {number|null} [maxLength] QueueConfig maxLength
             * @property {Array.<string>|null} [requiredSkills] QueueConfig requiredSkills
             * @property {number|null} [slTargetS] QueueConfig slTargetS
             * @property {number|null} [announceEveryS] QueueConfig announceEveryS
             * @property {string|null} [announceLang] QueueConfig announceLang
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueConfig.
             * @memberof switchboard.v1
             * @interface IQueueConfig
             * @augments switchboard.v1.QueueConfig.$Properties
             * @deprecated Use switchboard.v1.QueueConfig.$Properties instead.
             */

            /**
             * Shape of a QueueConfig.
             * @typedef {switchboard.v1.QueueConfig.$Properties} switchboard.v1.QueueConfig.$Shape
             */

            /**
             * Constructs a new QueueConfig.
             * @memberof switchboard.v1
             * @classdesc Represents a QueueConfig.
             * @constructor
             * @param {switchboard.v1.QueueConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueConfig = function (p) {
                this.requiredSkills = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * QueueConfig id.
             * @member {string} id
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.id = "";

            /**
             * QueueConfig name.
             * @member {string} name
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.name = "";

            /**
             * QueueConfig strategy.
             * @member {string} strategy
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.strategy = "";

            /**
             * QueueConfig ringTimeoutS.
             * @member {number} ringTimeoutS
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.ringTimeoutS = 0;

            /**
             * QueueConfig wrapupS.
             * @member {number} wrapupS
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.wrapupS = 0;

            /**
             * QueueConfig maxWaitS.
             * @member {number} maxWaitS
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.maxWaitS = 0;

            /**
             * QueueConfig maxLength.
             * @member {number} maxLength
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.maxLength = 0;

            /**
             * QueueConfig requiredSkills.
             * @member {Array.<string>} requiredSkills
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.requiredSkills = $util.emptyArray;

            /**
             * QueueConfig slTargetS.
             * @member {number} slTargetS
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.slTargetS = 0;

            /**
             * QueueConfig announceEveryS.
             * @member {number} announceEveryS
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.announceEveryS = 0;

            /**
             * QueueConfig announceLang.
             * @member {string} announceLang
             * @memberof switchboard.v1.QueueConfig
             * @instance
             */
            QueueConfig.prototype.announceLang = "";

            /**
             * Creates a new QueueConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {switchboard.v1.QueueConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.QueueConfig} QueueConfig instance
             * @type {{
             *   (properties: switchboard.v1.QueueConfig.$Shape): switchboard.v1.QueueConfig & switchboard.v1.QueueConfig.$Shape;
             *   (properties?: switchboard.v1.QueueConfig.$Properties): switchboard.v1.QueueConfig;
             * }}
             */
            QueueConfig.create = function(properties) {
                return new QueueConfig(properties);
            };

            /**
             * Encodes the specified QueueConfig message. Does not implicitly {@link switchboard.v1.QueueConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {switchboard.v1.QueueConfig.$Properties} m QueueConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.strategy != null && $Object.hasOwnProperty.call(m, "strategy") && m.strategy !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.strategy);
                if (m.ringTimeoutS != null && $Object.hasOwnProperty.call(m, "ringTimeoutS") && m.ringTimeoutS !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.ringTimeoutS);
                if (m.wrapupS != null && $Object.hasOwnProperty.call(m, "wrapupS") && m.wrapupS !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.wrapupS);
                if (m.maxWaitS != null && $Object.hasOwnProperty.call(m, "maxWaitS") && m.maxWaitS !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.maxWaitS);
                if (m.maxLength != null && $Object.hasOwnProperty.call(m, "maxLength") && m.maxLength !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.maxLength);
                if (m.requiredSkills != null && m.requiredSkills.length) {
                    for (var i = 0; i < m.requiredSkills.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.requiredSkills[i]);
                }
                if (m.slTargetS != null && $Object.hasOwnProperty.call(m, "slTargetS") && m.slTargetS !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.slTargetS);
                if (m.announceEveryS != null && $Object.hasOwnProperty.call(m, "announceEveryS") && m.announceEveryS !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.announceEveryS);
                if (m.announceLang != null && $Object.hasOwnProperty.call(m, "announceLang") && m.announceLang !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.announceLang);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a QueueConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.QueueConfig & switchboard.v1.QueueConfig.$Shape} QueueConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.QueueConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.strategy = v;
                            else
                                delete m.strategy;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ringTimeoutS = v;
                            else
                                delete m.ringTimeoutS;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.wrapupS = v;
                            else
                                delete m.wrapupS;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxWaitS = v;
                            else
                                delete m.maxWaitS;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxLength = v;
                            else
                                delete m.maxLength;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.requiredSkills && m.requiredSkills.length))
                                m.requiredSkills = [];
                            m.requiredSkills.push(r.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.slTargetS = v;
                            else
                                delete m.slTargetS;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.announceEveryS = v;
                            else
                                delete m.announceEveryS;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.announceLang = v;
                            else
                                delete m.announceLang;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a QueueConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.QueueConfig} QueueConfig
             */
            QueueConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.QueueConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.QueueConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.QueueConfig();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.strategy != null) {
                    if (typeof d.strategy !== "string" || d.strategy.length) {
                        m.strategy = $String(d.strategy);
                    }
                }
                if (d.ringTimeoutS != null) {
                    if ($Number(d.ringTimeoutS) !== 0) {
                        m.ringTimeoutS = d.ringTimeoutS >>> 0;
                    }
                }
                if (d.wrapupS != null) {
                    if ($Number(d.wrapupS) !== 0) {
                        m.wrapupS = d.wrapupS >>> 0;
                    }
                }
                if (d.maxWaitS != null) {
                    if ($Number(d.maxWaitS) !== 0) {
                        m.maxWaitS = d.maxWaitS >>> 0;
                    }
                }
                if (d.maxLength != null) {
                    if ($Number(d.maxLength) !== 0) {
                        m.maxLength = d.maxLength >>> 0;
                    }
                }
                if (d.requiredSkills) {
                    if (!$Array.isArray(d.requiredSkills))
                        throw $TypeError(".switchboard.v1.QueueConfig.requiredSkills: array expected");
                    m.requiredSkills = $Array(d.requiredSkills.length);
                    for (var i = 0; i < d.requiredSkills.length; ++i) {
                        m.requiredSkills[i] = $String(d.requiredSkills[i]);
                    }
                }
                if (d.slTargetS != null) {
                    if ($Number(d.slTargetS) !== 0) {
                        m.slTargetS = d.slTargetS >>> 0;
                    }
                }
                if (d.announceEveryS != null) {
                    if ($Number(d.announceEveryS) !== 0) {
                        m.announceEveryS = d.announceEveryS >>> 0;
                    }
                }
                if (d.announceLang != null) {
                    if (typeof d.announceLang !== "string" || d.announceLang.length) {
                        m.announceLang = $String(d.announceLang);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a QueueConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {switchboard.v1.QueueConfig} m QueueConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueueConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.requiredSkills = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.name = "";
                    d.strategy = "";
                    d.ringTimeoutS = 0;
                    d.wrapupS = 0;
                    d.maxWaitS = 0;
                    d.maxLength = 0;
                    d.slTargetS = 0;
                    d.announceEveryS = 0;
                    d.announceLang = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.strategy != null && $Object.hasOwnProperty.call(m, "strategy")) {
                    d.strategy = m.strategy;
                }
                if (m.ringTimeoutS != null && $Object.hasOwnProperty.call(m, "ringTimeoutS")) {
                    d.ringTimeoutS = m.ringTimeoutS;
                }
                if (m.wrapupS != null && $Object.hasOwnProperty.call(m, "wrapupS")) {
                    d.wrapupS = m.wrapupS;
                }
                if (m.maxWaitS != null && $Object.hasOwnProperty.call(m, "maxWaitS")) {
                    d.maxWaitS = m.maxWaitS;
                }
                if (m.maxLength != null && $Object.hasOwnProperty.call(m, "maxLength")) {
                    d.maxLength = m.maxLength;
                }
                if (m.requiredSkills && m.requiredSkills.length) {
                    d.requiredSkills = $Array(m.requiredSkills.length);
                    for (var j = 0; j < m.requiredSkills.length; ++j) {
                        d.requiredSkills[j] = m.requiredSkills[j];
                    }
                }
                if (m.slTargetS != null && $Object.hasOwnProperty.call(m, "slTargetS")) {
                    d.slTargetS = m.slTargetS;
                }
                if (m.announceEveryS != null && $Object.hasOwnProperty.call(m, "announceEveryS")) {
                    d.announceEveryS = m.announceEveryS;
                }
                if (m.announceLang != null && $Object.hasOwnProperty.call(m, "announceLang")) {
                    d.announceLang = m.announceLang;
                }
                return d;
            };

            /**
             * Converts this QueueConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.QueueConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueueConfig.prototype.toJSON = function() {
                return QueueConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueueConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.QueueConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueueConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.QueueConfig";
            };

            return QueueConfig;
        })();

        v1.AgentConfig = (function() {

            /**
             * Properties of an AgentConfig.
             * @typedef {Object} switchboard.v1.AgentConfig.$Properties
             * @property {string|null} [id] AgentConfig id
             * @property {string|null} [jobNumber] AgentConfig jobNumber
             * @property {string|null} [extension] AgentConfig extension
             * @property {string|null} [ha1Md5] AgentConfig ha1Md5
             * @property {string|null} [ha1Sha256] AgentConfig ha1Sha256
             * @property {string|null} [displayName] AgentConfig displayName
             * @property {Array.<string>|null} [queueIds] AgentConfig queueIds
             * @property {Array.<switchboard.v1.Skill.$Properties>|null} [skills] AgentConfig skills
             * @property {number|null} [maxConcurrent] AgentConfig maxConcurrent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentConfig.
             * @memberof switchboard.v1
             * @interface IAgentConfig
             * @augments switchboard.v1.AgentConfig.$Properties
             * @deprecated Use switchboard.v1.AgentConfig.$Properties instead.
             */

            /**
             * Shape of an AgentConfig.
             * @typedef {switchboard.v1.AgentConfig.$Properties} switchboard.v1.AgentConfig.$Shape
             */

            /**
             * Constructs a new AgentConfig.
             * @memberof switchboard.v1
             * @classdesc Represents an AgentConfig.
             * @constructor
             * @param {switchboard.v1.AgentConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentConfig = function (p) {
                this.queueIds = [];
                this.skills = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AgentConfig id.
             * @member {string} id
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.id = "";

            /**
             * AgentConfig jobNumber.
             * @member {string} jobNumber
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.jobNumber = "";

            /**
             * AgentConfig extension.
             * @member {string} extension
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.extension = "";

            /**
             * AgentConfig ha1Md5.
             * @member {string} ha1Md5
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.ha1Md5 = "";

            /**
             * AgentConfig ha1Sha256.
             * @member {string} ha1Sha256
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.ha1Sha256 = "";

            /**
             * AgentConfig displayName.
             * @member {string} displayName
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.displayName = "";

            /**
             * AgentConfig queueIds.
             * @member {Array.<string>} queueIds
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.queueIds = $util.emptyArray;

            /**
             * AgentConfig skills.
             * @member {Array.<switchboard.v1.Skill.$Properties>} skills
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.skills = $util.emptyArray;

            /**
             * AgentConfig maxConcurrent.
             * @member {number} maxConcurrent
             * @memberof switchboard.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.maxConcurrent = 0;

            /**
             * Creates a new AgentConfig instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {switchboard.v1.AgentConfig.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.AgentConfig} AgentConfig instance
             * @type {{
             *   (properties: switchboard.v1.AgentConfig.$Shape): switchboard.v1.AgentConfig & switchboard.v1.AgentConfig.$Shape;
             *   (properties?: switchboard.v1.AgentConfig.$Properties): switchboard.v1.AgentConfig;
             * }}
             */
            AgentConfig.create = function(properties) {
                return new AgentConfig(properties);
            };

            /**
             * Encodes the specified AgentConfig message. Does not implicitly {@link switchboard.v1.AgentConfig.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {switchboard.v1.AgentConfig.$Properties} m AgentConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.jobNumber != null && $Object.hasOwnProperty.call(m, "jobNumber") && m.jobNumber !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.jobNumber);
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension") && m.extension !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.extension);
                if (m.ha1Md5 != null && $Object.hasOwnProperty.call(m, "ha1Md5") && m.ha1Md5 !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.ha1Md5);
                if (m.ha1Sha256 != null && $Object.hasOwnProperty.call(m, "ha1Sha256") && m.ha1Sha256 !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.ha1Sha256);
                if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.displayName);
                if (m.queueIds != null && m.queueIds.length) {
                    for (var i = 0; i < m.queueIds.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.queueIds[i]);
                }
                if (m.skills != null && m.skills.length) {
                    for (var i = 0; i < m.skills.length; ++i)
                        $root.switchboard.v1.Skill.encode(m.skills[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.maxConcurrent != null && $Object.hasOwnProperty.call(m, "maxConcurrent") && m.maxConcurrent !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.maxConcurrent);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AgentConfig message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentConfig & switchboard.v1.AgentConfig.$Shape} AgentConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.AgentConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.jobNumber = v;
                            else
                                delete m.jobNumber;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.extension = v;
                            else
                                delete m.extension;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ha1Md5 = v;
                            else
                                delete m.ha1Md5;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ha1Sha256 = v;
                            else
                                delete m.ha1Sha256;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.displayName = v;
                            else
                                delete m.displayName;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.queueIds && m.queueIds.length))
                                m.queueIds = [];
                            m.queueIds.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.skills && m.skills.length))
                                m.skills = [];
                            m.skills.push($root.switchboard.v1.Skill.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxConcurrent = v;
                            else
                                delete m.maxConcurrent;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AgentConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.AgentConfig} AgentConfig
             */
            AgentConfig.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.AgentConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.AgentConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.AgentConfig();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.jobNumber != null) {
                    if (typeof d.jobNumber !== "string" || d.jobNumber.length) {
                        m.jobNumber = $String(d.jobNumber);
                    }
                }
                if (d.extension != null) {
                    if (typeof d.extension !== "string" || d.extension.length) {
                        m.extension = $String(d.extension);
                    }
                }
                if (d.ha1Md5 != null) {
                    if (typeof d.ha1Md5 !== "string" || d.ha1Md5.length) {
                        m.ha1Md5 = $String(d.ha1Md5);
                    }
                }
                if (d.ha1Sha256 != null) {
                    if (typeof d.ha1Sha256 !== "string" || d.ha1Sha256.length) {
                        m.ha1Sha256 = $String(d.ha1Sha256);
                    }
                }
                if (d.displayName != null) {
                    if (typeof d.displayName !== "string" || d.displayName.length) {
                        m.displayName = $String(d.displayName);
                    }
                }
                if (d.queueIds) {
                    if (!$Array.isArray(d.queueIds))
                        throw $TypeError(".switchboard.v1.AgentConfig.queueIds: array expected");
                    m.queueIds = $Array(d.queueIds.length);
                    for (var i = 0; i < d.queueIds.length; ++i) {
                        m.queueIds[i] = $String(d.queueIds[i]);
                    }
                }
                if (d.skills) {
                    if (!$Array.isArray(d.skills))
                        throw $TypeError(".switchboard.v1.AgentConfig.skills: array expected");
                    m.skills = $Array(d.skills.length);
                    for (var i = 0; i < d.skills.length; ++i) {
                        if (!$util.isObject(d.skills[i]))
                            throw $TypeError(".switchboard.v1.AgentConfig.skills: object expected");
                        m.skills[i] = $root.switchboard.v1.Skill.fromObject(d.skills[i], q + 1);
                    }
                }
                if (d.maxConcurrent != null) {
                    if ($Number(d.maxConcurrent) !== 0) {
                        m.maxConcurrent = d.maxConcurrent >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AgentConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {switchboard.v1.AgentConfig} m AgentConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.queueIds = [];
                    d.skills = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.jobNumber = "";
                    d.extension = "";
                    d.ha1Md5 = "";
                    d.ha1Sha256 = "";
                    d.displayName = "";
                    d.maxConcurrent = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.jobNumber != null && $Object.hasOwnProperty.call(m, "jobNumber")) {
                    d.jobNumber = m.jobNumber;
                }
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension")) {
                    d.extension = m.extension;
                }
                if (m.ha1Md5 != null && $Object.hasOwnProperty.call(m, "ha1Md5")) {
                    d.ha1Md5 = m.ha1Md5;
                }
                if (m.ha1Sha256 != null && $Object.hasOwnProperty.call(m, "ha1Sha256")) {
                    d.ha1Sha256 = m.ha1Sha256;
                }
                if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                    d.displayName = m.displayName;
                }
                if (m.queueIds && m.queueIds.length) {
                    d.queueIds = $Array(m.queueIds.length);
                    for (var j = 0; j < m.queueIds.length; ++j) {
                        d.queueIds[j] = m.queueIds[j];
                    }
                }
                if (m.skills && m.skills.length) {
                    d.skills = $Array(m.skills.length);
                    for (var j = 0; j < m.skills.length; ++j) {
                        d.skills[j] = $root.switchboard.v1.Skill.toObject(m.skills[j], o, q + 1);
                    }
                }
                if (m.maxConcurrent != null && $Object.hasOwnProperty.call(m, "maxConcurrent")) {
                    d.maxConcurrent = m.maxConcurrent;
                }
                return d;
            };

            /**
             * Converts this AgentConfig to JSON.
             * @function toJSON
             * @memberof switchboard.v1.AgentConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentConfig.prototype.toJSON = function() {
                return AgentConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentConfig
             * @function getTypeUrl
             * @memberof switchboard.v1.AgentConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.AgentConfig";
            };

            return AgentConfig;
        })();

        v1.Skill = (function() {

            /**
             * Properties of a Skill.
             * @typedef {Object} switchboard.v1.Skill.$Properties
             * @property {string|null} [name] Skill name
             * @property {number|null} [level] Skill level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Skill.
             * @memberof switchboard.v1
             * @interface ISkill
             * @augments switchboard.v1.Skill.$Properties
             * @deprecated Use switchboard.v1.Skill.$Properties instead.
             */

            /**
             * Shape of a Skill.
             * @typedef {switchboard.v1.Skill.$Properties} switchboard.v1.Skill.$Shape
             */

            /**
             * Constructs a new Skill.
             * @memberof switchboard.v1
             * @classdesc Represents a Skill.
             * @constructor
             * @param {switchboard.v1.Skill.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Skill = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Skill name.
             * @member {string} name
             * @memberof switchboard.v1.Skill
             * @instance
             */
            Skill.prototype.name = "";

            /**
             * Skill level.
             * @member {number} level
             * @memberof switchboard.v1.Skill
             * @instance
             */
            Skill.prototype.level = 0;

            /**
             * Creates a new Skill instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Skill
             * @static
             * @param {switchboard.v1.Skill.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Skill} Skill instance
             * @type {{
             *   (properties: switchboard.v1.Skill.$Shape): switchboard.v1.Skill & switchboard.v1.Skill.$Shape;
             *   (properties?: switchboard.v1.Skill.$Properties): switchboard.v1.Skill;
             * }}
             */
            Skill.create = function(properties) {
                return new Skill(properties);
            };

            /**
             * Encodes the specified Skill message. Does not implicitly {@link switchboard.v1.Skill.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Skill
             * @static
             * @param {switchboard.v1.Skill.$Properties} m Skill message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Skill.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.level != null && $Object.hasOwnProperty.call(m, "level") && m.level !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.level);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Skill message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Skill
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Skill & switchboard.v1.Skill.$Shape} Skill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Skill.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Skill();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.level = v;
                            else
                                delete m.level;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Skill message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Skill
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Skill} Skill
             */
            Skill.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Skill)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Skill: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Skill();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.level != null) {
                    if ($Number(d.level) !== 0) {
                        m.level = d.level >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Skill message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Skill
             * @static
             * @param {switchboard.v1.Skill} m Skill
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Skill.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.level = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    d.level = m.level;
                }
                return d;
            };

            /**
             * Converts this Skill to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Skill
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Skill.prototype.toJSON = function() {
                return Skill.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Skill
             * @function getTypeUrl
             * @memberof switchboard.v1.Skill
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Skill.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Skill";
            };

            return Skill;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} switchboard.v1.Command.$Properties
             * @property {switchboard.v1.AgentSetState.$Properties|null} [agentSetState] Command agentSetState
             * @property {switchboard.v1.Hangup.$Properties|null} [hangup] Command hangup
             * @property {switchboard.v1.Originate.$Properties|null} [originate] Command originate
             * @property {switchboard.v1.SnapshotRequest.$Properties|null} [snapshot] Command snapshot
             * @property {switchboard.v1.RecordingControl.$Properties|null} [recording] Command recording
             * @property {switchboard.v1.Monitor.$Properties|null} [monitor] Command monitor
             * @property {switchboard.v1.WebRtcOffer.$Properties|null} [webrtcOffer] Command webrtcOffer
             * @property {switchboard.v1.WebRtcBye.$Properties|null} [webrtcBye] Command webrtcBye
             * @property {switchboard.v1.AnswerCall.$Properties|null} [answerCall] Command answerCall
             * @property {switchboard.v1.HoldCall.$Properties|null} [holdCall] Command holdCall
             * @property {switchboard.v1.TransferCall.$Properties|null} [transferCall] Command transferCall
             * @property {switchboard.v1.ConsultCall.$Properties|null} [consultCall] Command consultCall
             * @property {"agentSetState"|"hangup"|"originate"|"snapshot"|"recording"|"monitor"|"webrtcOffer"|"webrtcBye"|"answerCall"|"holdCall"|"transferCall"|"consultCall"} [cmd] Command cmd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof switchboard.v1
             * @interface ICommand
             * @augments switchboard.v1.Command.$Properties
             * @deprecated Use switchboard.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   agentSetState?: switchboard.v1.AgentSetState.$Shape|null;
             *   hangup?: switchboard.v1.Hangup.$Shape|null;
             *   originate?: switchboard.v1.Originate.$Shape|null;
             *   snapshot?: switchboard.v1.SnapshotRequest.$Shape|null;
             *   recording?: switchboard.v1.RecordingControl.$Shape|null;
             *   monitor?: switchboard.v1.Monitor.$Shape|null;
             *   webrtcOffer?: switchboard.v1.WebRtcOffer.$Shape|null;
             *   webrtcBye?: switchboard.v1.WebRtcBye.$Shape|null;
             *   answerCall?: switchboard.v1.AnswerCall.$Shape|null;
             *   holdCall?: switchboard.v1.HoldCall.$Shape|null;
             *   transferCall?: switchboard.v1.TransferCall.$Shape|null;
             *   consultCall?: switchboard.v1.ConsultCall.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ cmd?: undefined; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "agentSetState"; agentSetState: switchboard.v1.AgentSetState.$Shape; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "hangup"; agentSetState?: null; hangup: switchboard.v1.Hangup.$Shape; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "originate"; agentSetState?: null; hangup?: null; originate: switchboard.v1.Originate.$Shape; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "snapshot"; agentSetState?: null; hangup?: null; originate?: null; snapshot: switchboard.v1.SnapshotRequest.$Shape; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "recording"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording: switchboard.v1.RecordingControl.$Shape; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "monitor"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor: switchboard.v1.Monitor.$Shape; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "webrtcOffer"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer: switchboard.v1.WebRtcOffer.$Shape; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "webrtcBye"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye: switchboard.v1.WebRtcBye.$Shape; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "answerCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall: switchboard.v1.AnswerCall.$Shape; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "holdCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall: switchboard.v1.HoldCall.$Shape; transferCall?: null; consultCall?: null }|{ cmd?: "transferCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall: switchboard.v1.TransferCall.$Shape; consultCall?: null }|{ cmd?: "consultCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall: switchboard.v1.ConsultCall.$Shape })
             * )} switchboard.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof switchboard.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {switchboard.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command agentSetState.
             * @member {switchboard.v1.AgentSetState.$Properties|null|undefined} agentSetState
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.agentSetState = null;

            /**
             * Command hangup.
             * @member {switchboard.v1.Hangup.$Properties|null|undefined} hangup
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.hangup = null;

            /**
             * Command originate.
             * @member {switchboard.v1.Originate.$Properties|null|undefined} originate
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.originate = null;

            /**
             * Command snapshot.
             * @member {switchboard.v1.SnapshotRequest.$Properties|null|undefined} snapshot
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.snapshot = null;

            /**
             * Command recording.
             * @member {switchboard.v1.RecordingControl.$Properties|null|undefined} recording
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.recording = null;

            /**
             * Command monitor.
             * @member {switchboard.v1.Monitor.$Properties|null|undefined} monitor
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.monitor = null;

            /**
             * Command webrtcOffer.
             * @member {switchboard.v1.WebRtcOffer.$Properties|null|undefined} webrtcOffer
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.webrtcOffer = null;

            /**
             * Command webrtcBye.
             * @member {switchboard.v1.WebRtcBye.$Properties|null|undefined} webrtcBye
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.webrtcBye = null;

            /**
             * Command answerCall.
             * @member {switchboard.v1.AnswerCall.$Properties|null|undefined} answerCall
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.answerCall = null;

            /**
             * Command holdCall.
             * @member {switchboard.v1.HoldCall.$Properties|null|undefined} holdCall
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.holdCall = null;

            /**
             * Command transferCall.
             * @member {switchboard.v1.TransferCall.$Properties|null|undefined} transferCall
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.transferCall = null;

            /**
             * Command consultCall.
             * @member {switchboard.v1.ConsultCall.$Properties|null|undefined} consultCall
             * @memberof switchboard.v1.Command
             * @instance
             */
            Command.prototype.consultCall = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command cmd.
             * @member {"agentSetState"|"hangup"|"originate"|"snapshot"|"recording"|"monitor"|"webrtcOffer"|"webrtcBye"|"answerCall"|"holdCall"|"transferCall"|"consultCall"|undefined} cmd
             * @memberof switchboard.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "cmd", {
                get: $util.oneOfGetter($oneOfFields = ["agentSetState", "hangup", "originate", "snapshot", "recording", "monitor", "webrtcOffer", "webrtcBye", "answerCall", "holdCall", "transferCall", "consultCall"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Command
             * @static
             * @param {switchboard.v1.Command.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Command} Command instance
             * @type {{
             *   (properties: switchboard.v1.Command.$Shape): switchboard.v1.Command & switchboard.v1.Command.$Shape;
             *   (properties?: switchboard.v1.Command.$Properties): switchboard.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link switchboard.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Command
             * @static
             * @param {switchboard.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.agentSetState != null && $Object.hasOwnProperty.call(m, "agentSetState"))
                    $root.switchboard.v1.AgentSetState.encode(m.agentSetState, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.hangup != null && $Object.hasOwnProperty.call(m, "hangup"))
                    $root.switchboard.v1.Hangup.encode(m.hangup, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.originate != null && $Object.hasOwnProperty.call(m, "originate"))
                    $root.switchboard.v1.Originate.encode(m.originate, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                    $root.switchboard.v1.SnapshotRequest.encode(m.snapshot, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.recording != null && $Object.hasOwnProperty.call(m, "recording"))
                    $root.switchboard.v1.RecordingControl.encode(m.recording, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.monitor != null && $Object.hasOwnProperty.call(m, "monitor"))
                    $root.switchboard.v1.Monitor.encode(m.monitor, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.webrtcOffer != null && $Object.hasOwnProperty.call(m, "webrtcOffer"))
                    $root.switchboard.v1.WebRtcOffer.encode(m.webrtcOffer, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.webrtcBye != null && $Object.hasOwnProperty.call(m, "webrtcBye"))
                    $root.switchboard.v1.WebRtcBye.encode(m.webrtcBye, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.answerCall != null && $Object.hasOwnProperty.call(m, "answerCall"))
                    $root.switchboard.v1.AnswerCall.encode(m.answerCall, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.holdCall != null && $Object.hasOwnProperty.call(m, "holdCall"))
                    $root.switchboard.v1.HoldCall.encode(m.holdCall, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.transferCall != null && $Object.hasOwnProperty.call(m, "transferCall"))
                    $root.switchboard.v1.TransferCall.encode(m.transferCall, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.consultCall != null && $Object.hasOwnProperty.call(m, "consultCall"))
                    $root.switchboard.v1.ConsultCall.encode(m.consultCall, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Command & switchboard.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.agentSetState = $root.switchboard.v1.AgentSetState.decode(r, r.size(), $undefined, q + 1, m.agentSetState);
                            m.cmd = "agentSetState";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.hangup = $root.switchboard.v1.Hangup.decode(r, r.size(), $undefined, q + 1, m.hangup);
                            m.cmd = "hangup";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.originate = $root.switchboard.v1.Originate.decode(r, r.size(), $undefined, q + 1, m.originate);
                            m.cmd = "originate";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.snapshot = $root.switchboard.v1.SnapshotRequest.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                            m.cmd = "snapshot";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.recording = $root.switchboard.v1.RecordingControl.decode(r, r.size(), $undefined, q + 1, m.recording);
                            m.cmd = "recording";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.monitor = $root.switchboard.v1.Monitor.decode(r, r.size(), $undefined, q + 1, m.monitor);
                            m.cmd = "monitor";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.webrtcOffer = $root.switchboard.v1.WebRtcOffer.decode(r, r.size(), $undefined, q + 1, m.webrtcOffer);
                            m.cmd = "webrtcOffer";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.webrtcBye = $root.switchboard.v1.WebRtcBye.decode(r, r.size(), $undefined, q + 1, m.webrtcBye);
                            m.cmd = "webrtcBye";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.answerCall = $root.switchboard.v1.AnswerCall.decode(r, r.size(), $undefined, q + 1, m.answerCall);
                            m.cmd = "answerCall";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.holdCall = $root.switchboard.v1.HoldCall.decode(r, r.size(), $undefined, q + 1, m.holdCall);
                            m.cmd = "holdCall";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.transferCall = $root.switchboard.v1.TransferCall.decode(r, r.size(), $undefined, q + 1, m.transferCall);
                            m.cmd = "transferCall";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.consultCall = $root.switchboard.v1.ConsultCall.decode(r, r.size(), $undefined, q + 1, m.consultCall);
                            m.cmd = "consultCall";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Command();
                if (d.agentSetState != null) {
                    if (!$util.isObject(d.agentSetState))
                        throw $TypeError(".switchboard.v1.Command.agentSetState: object expected");
                    m.agentSetState = $root.switchboard.v1.AgentSetState.fromObject(d.agentSetState, q + 1);
                }
                if (d.hangup != null) {
                    if (!$util.isObject(d.hangup))
                        throw $TypeError(".switchboard.v1.Command.hangup: object expected");
                    m.hangup = $root.switchboard.v1.Hangup.fromObject(d.hangup, q + 1);
                }
                if (d.originate != null) {
                    if (!$util.isObject(d.originate))
                        throw $TypeError(".switchboard.v1.Command.originate: object expected");
                    m.originate = $root.switchboard.v1.Originate.fromObject(d.originate, q + 1);
                }
                if (d.snapshot != null) {
                    if (!$util.isObject(d.snapshot))
                        throw $TypeError(".switchboard.v1.Command.snapshot: object expected");
                    m.snapshot = $root.switchboard.v1.SnapshotRequest.fromObject(d.snapshot, q + 1);
                }
                if (d.recording != null) {
                    if (!$util.isObject(d.recording))
                        throw $TypeError(".switchboard.v1.Command.recording: object expected");
                    m.recording = $root.switchboard.v1.RecordingControl.fromObject(d.recording, q + 1);
                }
                if (d.monitor != null) {
                    if (!$util.isObject(d.monitor))
                        throw $TypeError(".switchboard.v1.Command.monitor: object expected");
                    m.monitor = $root.switchboard.v1.Monitor.fromObject(d.monitor, q + 1);
                }
                if (d.webrtcOffer != null) {
                    if (!$util.isObject(d.webrtcOffer))
                        throw $TypeError(".switchboard.v1.Command.webrtcOffer: object expected");
                    m.webrtcOffer = $root.switchboard.v1.WebRtcOffer.fromObject(d.webrtcOffer, q + 1);
                }
                if (d.webrtcBye != null) {
                    if (!$util.isObject(d.webrtcBye))
                        throw $TypeError(".switchboard.v1.Command.webrtcBye: object expected");
                    m.webrtcBye = $root.switchboard.v1.WebRtcBye.fromObject(d.webrtcBye, q + 1);
                }
                if (d.answerCall != null) {
                    if (!$util.isObject(d.answerCall))
                        throw $TypeError(".switchboard.v1.Command.answerCall: object expected");
                    m.answerCall = $root.switchboard.v1.AnswerCall.fromObject(d.answerCall, q + 1);
                }
                if (d.holdCall != null) {
                    if (!$util.isObject(d.holdCall))
                        throw $TypeError(".switchboard.v1.Command.holdCall: object expected");
                    m.holdCall = $root.switchboard.v1.HoldCall.fromObject(d.holdCall, q + 1);
                }
                if (d.transferCall != null) {
                    if (!$util.isObject(d.transferCall))
                        throw $TypeError(".switchboard.v1.Command.transferCall: object expected");
                    m.transferCall = $root.switchboard.v1.TransferCall.fromObject(d.transferCall, q + 1);
                }
                if (d.consultCall != null) {
                    if (!$util.isObject(d.consultCall))
                        throw $TypeError(".switchboard.v1.Command.consultCall: object expected");
                    m.consultCall = $root.switchboard.v1.ConsultCall.fromObject(d.consultCall, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Command
             * @static
             * @param {switchboard.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.agentSetState != null && $Object.hasOwnProperty.call(m, "agentSetState")) {
                    d.agentSetState = $root.switchboard.v1.AgentSetState.toObject(m.agentSetState, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "agentSetState";
                }
                if (m.hangup != null && $Object.hasOwnProperty.call(m, "hangup")) {
                    d.hangup = $root.switchboard.v1.Hangup.toObject(m.hangup, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "hangup";
                }
                if (m.originate != null && $Object.hasOwnProperty.call(m, "originate")) {
                    d.originate = $root.switchboard.v1.Originate.toObject(m.originate, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "originate";
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = $root.switchboard.v1.SnapshotRequest.toObject(m.snapshot, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "snapshot";
                }
                if (m.recording != null && $Object.hasOwnProperty.call(m, "recording")) {
                    d.recording = $root.switchboard.v1.RecordingControl.toObject(m.recording, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "recording";
                }
                if (m.monitor != null && $Object.hasOwnProperty.call(m, "monitor")) {
                    d.monitor = $root.switchboard.v1.Monitor.toObject(m.monitor, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "monitor";
                }
                if (m.webrtcOffer != null && $Object.hasOwnProperty.call(m, "webrtcOffer")) {
                    d.webrtcOffer = $root.switchboard.v1.WebRtcOffer.toObject(m.webrtcOffer, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "webrtcOffer";
                }
                if (m.webrtcBye != null && $Object.hasOwnProperty.call(m, "webrtcBye")) {
                    d.webrtcBye = $root.switchboard.v1.WebRtcBye.toObject(m.webrtcBye, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "webrtcBye";
                }
                if (m.answerCall != null && $Object.hasOwnProperty.call(m, "answerCall")) {
                    d.answerCall = $root.switchboard.v1.AnswerCall.toObject(m.answerCall, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "answerCall";
                }
                if (m.holdCall != null && $Object.hasOwnProperty.call(m, "holdCall")) {
                    d.holdCall = $root.switchboard.v1.HoldCall.toObject(m.holdCall, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "holdCall";
                }
                if (m.transferCall != null && $Object.hasOwnProperty.call(m, "transferCall")) {
                    d.transferCall = $root.switchboard.v1.TransferCall.toObject(m.transferCall, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "transferCall";
                }
                if (m.consultCall != null && $Object.hasOwnProperty.call(m, "consultCall")) {
                    d.consultCall = $root.switchboard.v1.ConsultCall.toObject(m.consultCall, o, q + 1);
                    if (o.oneofs)
                        d.cmd = "consultCall";
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof switchboard.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Command";
            };

            return Command;
        })();

        v1.TransferTarget = (function() {

            /**
             * Properties of a TransferTarget.
             * @typedef {Object} switchboard.v1.TransferTarget.$Properties
             * @property {string|null} [kind] TransferTarget kind
             * @property {string|null} [value] TransferTarget value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferTarget.
             * @memberof switchboard.v1
             * @interface ITransferTarget
             * @augments switchboard.v1.TransferTarget.$Properties
             * @deprecated Use switchboard.v1.TransferTarget.$Properties instead.
             */

            /**
             * Shape of a TransferTarget.
             * @typedef {switchboard.v1.TransferTarget.$Properties} switchboard.v1.TransferTarget.$Shape
             */

            /**
             * Constructs a new TransferTarget.
             * @memberof switchboard.v1
             * @classdesc Represents a TransferTarget.
             * @constructor
             * @param {switchboard.v1.TransferTarget.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferTarget = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TransferTarget kind.
             * @member {string} kind
             * @memberof switchboard.v1.TransferTarget
             * @instance
             */
            TransferTarget.prototype.kind = "";

            /**
             * TransferTarget value.
             * @member {string} value
             * @memberof switchboard.v1.TransferTarget
             * @instance
             */
            TransferTarget.prototype.value = "";

            /**
             * Creates a new TransferTarget instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {switchboard.v1.TransferTarget.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.TransferTarget} TransferTarget instance
             * @type {{
             *   (properties: switchboard.v1.TransferTarget.$Shape): switchboard.v1.TransferTarget & switchboard.v1.TransferTarget.$Shape;
             *   (properties?: switchboard.v1.TransferTarget.$Properties): switchboard.v1.TransferTarget;
             * }}
             */
            TransferTarget.create = function(properties) {
                return new TransferTarget(properties);
            };

            /**
             * Encodes the specified TransferTarget message. Does not implicitly {@link switchboard.v1.TransferTarget.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {switchboard.v1.TransferTarget.$Properties} m TransferTarget message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferTarget.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.kind);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TransferTarget message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.TransferTarget & switchboard.v1.TransferTarget.$Shape} TransferTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferTarget.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.TransferTarget();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TransferTarget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.TransferTarget} TransferTarget
             */
            TransferTarget.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.TransferTarget)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.TransferTarget: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.TransferTarget();
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value !== "string" || d.value.length) {
                        m.value = $String(d.value);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TransferTarget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {switchboard.v1.TransferTarget} m TransferTarget
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferTarget.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.kind = "";
                    d.value = "";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = m.value;
                }
                return d;
            };

            /**
             * Converts this TransferTarget to JSON.
             * @function toJSON
             * @memberof switchboard.v1.TransferTarget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferTarget.prototype.toJSON = function() {
                return TransferTarget.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TransferTarget
             * @function getTypeUrl
             * @memberof switchboard.v1.TransferTarget
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TransferTarget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.TransferTarget";
            };

            return TransferTarget;
        })();

        v1.TransferCall = (function() {

            /**
             * Properties of a TransferCall.
             * @typedef {Object} switchboard.v1.TransferCall.$Properties
             * @property {string|null} [tenantId] TransferCall tenantId
             * @property {string|null} [callId] TransferCall callId
             * @property {switchboard.v1.TransferTarget.$Properties|null} [target] TransferCall target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferCall.
             * @memberof switchboard.v1
             * @interface ITransferCall
             * @augments switchboard.v1.TransferCall.$Properties
             * @deprecated Use switchboard.v1.TransferCall.$Properties instead.
             */

            /**
             * Shape of a TransferCall.
             * @typedef {switchboard.v1.TransferCall.$Properties} switchboard.v1.TransferCall.$Shape
             */

            /**
             * Constructs a new TransferCall.
             * @memberof switchboard.v1
             * @classdesc Represents a TransferCall.
             * @constructor
             * @param {switchboard.v1.TransferCall.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferCall = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TransferCall tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.TransferCall
             * @instance
             */
            TransferCall.prototype.tenantId = "";

            /**
             * TransferCall callId.
             * @member {string} callId
             * @memberof switchboard.v1.TransferCall
             * @instance
             */
            TransferCall.prototype.callId = "";

            /**
             * TransferCall target.
             * @member {switchboard.v1.TransferTarget.$Properties|null|undefined} target
             * @memberof switchboard.v1.TransferCall
             * @instance
             */
            TransferCall.prototype.target = null;

            /**
             * Creates a new TransferCall instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {switchboard.v1.TransferCall.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.TransferCall} TransferCall instance
             * @type {{
             *   (properties: switchboard.v1.TransferCall.$Shape): switchboard.v1.TransferCall & switchboard.v1.TransferCall.$Shape;
             *   (properties?: switchboard.v1.TransferCall.$Properties): switchboard.v1.TransferCall;
             * }}
             */
            TransferCall.create = function(properties) {
                return new TransferCall(properties);
            };

            /**
             * Encodes the specified TransferCall message. Does not implicitly {@link switchboard.v1.TransferCall.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {switchboard.v1.TransferCall.$Properties} m TransferCall message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferCall.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.target != null && $Object.hasOwnProperty.call(m, "target"))
                    $root.switchboard.v1.TransferTarget.encode(m.target, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TransferCall message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.TransferCall & switchboard.v1.TransferCall.$Shape} TransferCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferCall.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.TransferCall();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.target = $root.switchboard.v1.TransferTarget.decode(r, r.size(), $undefined, q + 1, m.target);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TransferCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.TransferCall} TransferCall
             */
            TransferCall.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.TransferCall)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.TransferCall: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.TransferCall();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.target != null) {
                    if (!$util.isObject(d.target))
                        throw $TypeError(".switchboard.v1.TransferCall.target: object expected");
                    m.target = $root.switchboard.v1.TransferTarget.fromObject(d.target, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a TransferCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {switchboard.v1.TransferCall} m TransferCall
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferCall.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.target = null;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = $root.switchboard.v1.TransferTarget.toObject(m.target, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this TransferCall to JSON.
             * @function toJSON
             * @memberof switchboard.v1.TransferCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferCall.prototype.toJSON = function() {
                return TransferCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TransferCall
             * @function getTypeUrl
             * @memberof switchboard.v1.TransferCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TransferCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.TransferCall";
            };

            return TransferCall;
        })();

        v1.ConsultCall = (function() {

            /**
             * Properties of a ConsultCall.
             * @typedef {Object} switchboard.v1.ConsultCall.$Properties
             * @property {string|null} [tenantId] ConsultCall tenantId
             * @property {string|null} [callId] ConsultCall callId
             * @property {string|null} [action] ConsultCall action
             * @property {switchboard.v1.TransferTarget.$Properties|null} [target] ConsultCall target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsultCall.
             * @memberof switchboard.v1
             * @interface IConsultCall
             * @augments switchboard.v1.ConsultCall.$Properties
             * @deprecated Use switchboard.v1.ConsultCall.$Properties instead.
             */

            /**
             * Shape of a ConsultCall.
             * @typedef {switchboard.v1.ConsultCall.$Properties} switchboard.v1.ConsultCall.$Shape
             */

            /**
             * Constructs a new ConsultCall.
             * @memberof switchboard.v1
             * @classdesc Represents a ConsultCall.
             * @constructor
             * @param {switchboard.v1.ConsultCall.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsultCall = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsultCall tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.ConsultCall
             * @instance
             */
            ConsultCall.prototype.tenantId = "";

            /**
             * ConsultCall callId.
             * @member {string} callId
             * @memberof switchboard.v1.ConsultCall
             * @instance
             */
            ConsultCall.prototype.callId = "";

            /**
             * ConsultCall action.
             * @member {string} action
             * @memberof switchboard.v1.ConsultCall
             * @instance
             */
            ConsultCall.prototype.action = "";

            /**
             * ConsultCall target.
             * @member {switchboard.v1.TransferTarget.$Properties|null|undefined} target
             * @memberof switchboard.v1.ConsultCall
             * @instance
             */
            ConsultCall.prototype.target = null;

            /**
             * Creates a new ConsultCall instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {switchboard.v1.ConsultCall.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.ConsultCall} ConsultCall instance
             * @type {{
             *   (properties: switchboard.v1.ConsultCall.$Shape): switchboard.v1.ConsultCall & switchboard.v1.ConsultCall.$Shape;
             *   (properties?: switchboard.v1.ConsultCall.$Properties): switchboard.v1.ConsultCall;
             * }}
             */
            ConsultCall.create = function(properties) {
                return new ConsultCall(properties);
            };

            /**
             * Encodes the specified ConsultCall message. Does not implicitly {@link switchboard.v1.ConsultCall.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {switchboard.v1.ConsultCall.$Properties} m ConsultCall message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsultCall.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.action);
                if (m.target != null && $Object.hasOwnProperty.call(m, "target"))
                    $root.switchboard.v1.TransferTarget.encode(m.target, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsultCall message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.ConsultCall & switchboard.v1.ConsultCall.$Shape} ConsultCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsultCall.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.ConsultCall();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.target = $root.switchboard.v1.TransferTarget.decode(r, r.size(), $undefined, q + 1, m.target);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsultCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.ConsultCall} ConsultCall
             */
            ConsultCall.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.ConsultCall)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.ConsultCall: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.ConsultCall();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.action != null) {
                    if (typeof d.action !== "string" || d.action.length) {
                        m.action = $String(d.action);
                    }
                }
                if (d.target != null) {
                    if (!$util.isObject(d.target))
                        throw $TypeError(".switchboard.v1.ConsultCall.target: object expected");
                    m.target = $root.switchboard.v1.TransferTarget.fromObject(d.target, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsultCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {switchboard.v1.ConsultCall} m ConsultCall
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsultCall.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.action = "";
                    d.target = null;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = m.action;
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = $root.switchboard.v1.TransferTarget.toObject(m.target, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ConsultCall to JSON.
             * @function toJSON
             * @memberof switchboard.v1.ConsultCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsultCall.prototype.toJSON = function() {
                return ConsultCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsultCall
             * @function getTypeUrl
             * @memberof switchboard.v1.ConsultCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsultCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.ConsultCall";
            };

            return ConsultCall;
        })();

        v1.WebRtcOffer = (function() {

            /**
             * Properties of a WebRtcOffer.
             * @typedef {Object} switchboard.v1.WebRtcOffer.$Properties
             * @property {string|null} [tenantId] WebRtcOffer tenantId
             * @property {string|null} [agentId] WebRtcOffer agentId
             * @property {string|null} [sdp] WebRtcOffer sdp
             * @property {string|null} [resumeSessionId] WebRtcOffer resumeSessionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WebRtcOffer.
             * @memberof switchboard.v1
             * @interface IWebRtcOffer
             * @augments switchboard.v1.WebRtcOffer.$Properties
             * @deprecated Use switchboard.v1.WebRtcOffer.$Properties instead.
             */

            /**
             * Shape of a WebRtcOffer.
             * @typedef {switchboard.v1.WebRtcOffer.$Properties} switchboard.v1.WebRtcOffer.$Shape
             */

            /**
             * Constructs a new WebRtcOffer.
             * @memberof switchboard.v1
             * @classdesc Represents a WebRtcOffer.
             * @constructor
             * @param {switchboard.v1.WebRtcOffer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WebRtcOffer = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WebRtcOffer tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.WebRtcOffer
             * @instance
             */
            WebRtcOffer.prototype.tenantId = "";

            /**
             * WebRtcOffer agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.WebRtcOffer
             * @instance
             */
            WebRtcOffer.prototype.agentId = "";

            /**
             * WebRtcOffer sdp.
             * @member {string} sdp
             * @memberof switchboard.v1.WebRtcOffer
             * @instance
             */
            WebRtcOffer.prototype.sdp = "";

            /**
             * WebRtcOffer resumeSessionId.
             * @member {string} resumeSessionId
             * @memberof switchboard.v1.WebRtcOffer
             * @instance
             */
            WebRtcOffer.prototype.resumeSessionId = "";

            /**
             * Creates a new WebRtcOffer instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {switchboard.v1.WebRtcOffer.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.WebRtcOffer} WebRtcOffer instance
             * @type {{
             *   (properties: switchboard.v1.WebRtcOffer.$Shape): switchboard.v1.WebRtcOffer & switchboard.v1.WebRtcOffer.$Shape;
             *   (properties?: switchboard.v1.WebRtcOffer.$Properties): switchboard.v1.WebRtcOffer;
             * }}
             */
            WebRtcOffer.create = function(properties) {
                return new WebRtcOffer(properties);
            };

            /**
             * Encodes the specified WebRtcOffer message. Does not implicitly {@link switchboard.v1.WebRtcOffer.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {switchboard.v1.WebRtcOffer.$Properties} m WebRtcOffer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WebRtcOffer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.sdp != null && $Object.hasOwnProperty.call(m, "sdp") && m.sdp !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sdp);
                if (m.resumeSessionId != null && $Object.hasOwnProperty.call(m, "resumeSessionId") && m.resumeSessionId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.resumeSessionId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a WebRtcOffer message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcOffer & switchboard.v1.WebRtcOffer.$Shape} WebRtcOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WebRtcOffer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.WebRtcOffer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sdp = v;
                            else
                                delete m.sdp;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resumeSessionId = v;
                            else
                                delete m.resumeSessionId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a WebRtcOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.WebRtcOffer} WebRtcOffer
             */
            WebRtcOffer.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.WebRtcOffer)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.WebRtcOffer: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.WebRtcOffer();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.sdp != null) {
                    if (typeof d.sdp !== "string" || d.sdp.length) {
                        m.sdp = $String(d.sdp);
                    }
                }
                if (d.resumeSessionId != null) {
                    if (typeof d.resumeSessionId !== "string" || d.resumeSessionId.length) {
                        m.resumeSessionId = $String(d.resumeSessionId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WebRtcOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {switchboard.v1.WebRtcOffer} m WebRtcOffer
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WebRtcOffer.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.sdp = "";
                    d.resumeSessionId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.sdp != null && $Object.hasOwnProperty.call(m, "sdp")) {
                    d.sdp = m.sdp;
                }
                if (m.resumeSessionId != null && $Object.hasOwnProperty.call(m, "resumeSessionId")) {
                    d.resumeSessionId = m.resumeSessionId;
                }
                return d;
            };

            /**
             * Converts this WebRtcOffer to JSON.
             * @function toJSON
             * @memberof switchboard.v1.WebRtcOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WebRtcOffer.prototype.toJSON = function() {
                return WebRtcOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WebRtcOffer
             * @function getTypeUrl
             * @memberof switchboard.v1.WebRtcOffer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WebRtcOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.WebRtcOffer";
            };

            return WebRtcOffer;
        })();

        v1.WebRtcBye = (function() {

            /**
             * Properties of a WebRtcBye.
             * @typedef {Object} switchboard.v1.WebRtcBye.$Properties
             * @property {string|null} [tenantId] WebRtcBye tenantId
             * @property {string|null} [agentId] WebRtcBye agentId
             * @property {string|null} [sessionId] WebRtcBye sessionId
             * @property {string|null} [reason] WebRtcBye reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WebRtcBye.
             * @memberof switchboard.v1
             * @interface IWebRtcBye
             * @augments switchboard.v1.WebRtcBye.$Properties
             * @deprecated Use switchboard.v1.WebRtcBye.$Properties instead.
             */

            /**
             * Shape of a WebRtcBye.
             * @typedef {switchboard.v1.WebRtcBye.$Properties} switchboard.v1.WebRtcBye.$Shape
             */

            /**
             * Constructs a new WebRtcBye.
             * @memberof switchboard.v1
             * @classdesc Represents a WebRtcBye.
             * @constructor
             * @param {switchboard.v1.WebRtcBye.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WebRtcBye = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WebRtcBye tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.WebRtcBye
             * @instance
             */
            WebRtcBye.prototype.tenantId = "";

            /**
             * WebRtcBye agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.WebRtcBye
             * @instance
             */
            WebRtcBye.prototype.agentId = "";

            /**
             * WebRtcBye sessionId.
             * @member {string} sessionId
             * @memberof switchboard.v1.WebRtcBye
             * @instance
             */
            WebRtcBye.prototype.sessionId = "";

            /**
             * WebRtcBye reason.
             * @member {string} reason
             * @memberof switchboard.v1.WebRtcBye
             * @instance
             */
            WebRtcBye.prototype.reason = "";

            /**
             * Creates a new WebRtcBye instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {switchboard.v1.WebRtcBye.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.WebRtcBye} WebRtcBye instance
             * @type {{
             *   (properties: switchboard.v1.WebRtcBye.$Shape): switchboard.v1.WebRtcBye & switchboard.v1.WebRtcBye.$Shape;
             *   (properties?: switchboard.v1.WebRtcBye.$Properties): switchboard.v1.WebRtcBye;
             * }}
             */
            WebRtcBye.create = function(properties) {
                return new WebRtcBye(properties);
            };

            /**
             * Encodes the specified WebRtcBye message. Does not implicitly {@link switchboard.v1.WebRtcBye.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {switchboard.v1.WebRtcBye.$Properties} m WebRtcBye message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WebRtcBye.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sessionId);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a WebRtcBye message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcBye & switchboard.v1.WebRtcBye.$Shape} WebRtcBye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WebRtcBye.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.WebRtcBye();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a WebRtcBye message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.WebRtcBye} WebRtcBye
             */
            WebRtcBye.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.WebRtcBye)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.WebRtcBye: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.WebRtcBye();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WebRtcBye message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {switchboard.v1.WebRtcBye} m WebRtcBye
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WebRtcBye.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.sessionId = "";
                    d.reason = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this WebRtcBye to JSON.
             * @function toJSON
             * @memberof switchboard.v1.WebRtcBye
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WebRtcBye.prototype.toJSON = function() {
                return WebRtcBye.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WebRtcBye
             * @function getTypeUrl
             * @memberof switchboard.v1.WebRtcBye
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WebRtcBye.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.WebRtcBye";
            };

            return WebRtcBye;
        })();

        v1.AnswerCall = (function() {

            /**
             * Properties of an AnswerCall.
             * @typedef {Object} switchboard.v1.AnswerCall.$Properties
             * @property {string|null} [tenantId] AnswerCall tenantId
             * @property {string|null} [agentId] AnswerCall agentId
             * @property {string|null} [callId] AnswerCall callId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerCall.
             * @memberof switchboard.v1
             * @interface IAnswerCall
             * @augments switchboard.v1.AnswerCall.$Properties
             * @deprecated Use switchboard.v1.AnswerCall.$Properties instead.
             */

            /**
             * Shape of an AnswerCall.
             * @typedef {switchboard.v1.AnswerCall.$Properties} switchboard.v1.AnswerCall.$Shape
             */

            /**
             * Constructs a new AnswerCall.
             * @memberof switchboard.v1
             * @classdesc Represents an AnswerCall.
             * @constructor
             * @param {switchboard.v1.AnswerCall.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerCall = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AnswerCall tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.AnswerCall
             * @instance
             */
            AnswerCall.prototype.tenantId = "";

            /**
             * AnswerCall agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.AnswerCall
             * @instance
             */
            AnswerCall.prototype.agentId = "";

            /**
             * AnswerCall callId.
             * @member {string} callId
             * @memberof switchboard.v1.AnswerCall
             * @instance
             */
            AnswerCall.prototype.callId = "";

            /**
             * Creates a new AnswerCall instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {switchboard.v1.AnswerCall.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.AnswerCall} AnswerCall instance
             * @type {{
             *   (properties: switchboard.v1.AnswerCall.$Shape): switchboard.v1.AnswerCall & switchboard.v1.AnswerCall.$Shape;
             *   (properties?: switchboard.v1.AnswerCall.$Properties): switchboard.v1.AnswerCall;
             * }}
             */
            AnswerCall.create = function(properties) {
                return new AnswerCall(properties);
            };

            /**
             * Encodes the specified AnswerCall message. Does not implicitly {@link switchboard.v1.AnswerCall.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {switchboard.v1.AnswerCall.$Properties} m AnswerCall message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerCall.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.callId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AnswerCall message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.AnswerCall & switchboard.v1.AnswerCall.$Shape} AnswerCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerCall.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.AnswerCall();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AnswerCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.AnswerCall} AnswerCall
             */
            AnswerCall.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.AnswerCall)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.AnswerCall: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.AnswerCall();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AnswerCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {switchboard.v1.AnswerCall} m AnswerCall
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnswerCall.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.callId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                return d;
            };

            /**
             * Converts this AnswerCall to JSON.
             * @function toJSON
             * @memberof switchboard.v1.AnswerCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnswerCall.prototype.toJSON = function() {
                return AnswerCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnswerCall
             * @function getTypeUrl
             * @memberof switchboard.v1.AnswerCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.AnswerCall";
            };

            return AnswerCall;
        })();

        v1.HoldCall = (function() {

            /**
             * Properties of a HoldCall.
             * @typedef {Object} switchboard.v1.HoldCall.$Properties
             * @property {string|null} [tenantId] HoldCall tenantId
             * @property {string|null} [callId] HoldCall callId
             * @property {boolean|null} [on] HoldCall on
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HoldCall.
             * @memberof switchboard.v1
             * @interface IHoldCall
             * @augments switchboard.v1.HoldCall.$Properties
             * @deprecated Use switchboard.v1.HoldCall.$Properties instead.
             */

            /**
             * Shape of a HoldCall.
             * @typedef {switchboard.v1.HoldCall.$Properties} switchboard.v1.HoldCall.$Shape
             */

            /**
             * Constructs a new HoldCall.
             * @memberof switchboard.v1
             * @classdesc Represents a HoldCall.
             * @constructor
             * @param {switchboard.v1.HoldCall.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HoldCall = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HoldCall tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.HoldCall
             * @instance
             */
            HoldCall.prototype.tenantId = "";

            /**
             * HoldCall callId.
             * @member {string} callId
             * @memberof switchboard.v1.HoldCall
             * @instance
             */
            HoldCall.prototype.callId = "";

            /**
             * HoldCall on.
             * @member {boolean} on
             * @memberof switchboard.v1.HoldCall
             * @instance
             */
            HoldCall.prototype.on = false;

            /**
             * Creates a new HoldCall instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {switchboard.v1.HoldCall.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.HoldCall} HoldCall instance
             * @type {{
             *   (properties: switchboard.v1.HoldCall.$Shape): switchboard.v1.HoldCall & switchboard.v1.HoldCall.$Shape;
             *   (properties?: switchboard.v1.HoldCall.$Properties): switchboard.v1.HoldCall;
             * }}
             */
            HoldCall.create = function(properties) {
                return new HoldCall(properties);
            };

            /**
             * Encodes the specified HoldCall message. Does not implicitly {@link switchboard.v1.HoldCall.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {switchboard.v1.HoldCall.$Properties} m HoldCall message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HoldCall.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.on != null && $Object.hasOwnProperty.call(m, "on") && m.on !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.on);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HoldCall message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.HoldCall & switchboard.v1.HoldCall.$Shape} HoldCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HoldCall.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.HoldCall();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.on = v;
                            else
                                delete m.on;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a HoldCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.HoldCall} HoldCall
             */
            HoldCall.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.HoldCall)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.HoldCall: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.HoldCall();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.on != null) {
                    if (d.on) {
                        m.on = $Boolean(d.on);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HoldCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {switchboard.v1.HoldCall} m HoldCall
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HoldCall.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.on = false;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.on != null && $Object.hasOwnProperty.call(m, "on")) {
                    d.on = m.on;
                }
                return d;
            };

            /**
             * Converts this HoldCall to JSON.
             * @function toJSON
             * @memberof switchboard.v1.HoldCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HoldCall.prototype.toJSON = function() {
                return HoldCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HoldCall
             * @function getTypeUrl
             * @memberof switchboard.v1.HoldCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HoldCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.HoldCall";
            };

            return HoldCall;
        })();

        v1.Monitor = (function() {

            /**
             * Properties of a Monitor.
             * @typedef {Object} switchboard.v1.Monitor.$Properties
             * @property {string|null} [tenantId] Monitor tenantId
             * @property {string|null} [callId] Monitor callId
             * @property {string|null} [agentId] Monitor agentId
             * @property {string|null} [mode] Monitor mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Monitor.
             * @memberof switchboard.v1
             * @interface IMonitor
             * @augments switchboard.v1.Monitor.$Properties
             * @deprecated Use switchboard.v1.Monitor.$Properties instead.
             */

            /**
             * Shape of a Monitor.
             * @typedef {switchboard.v1.Monitor.$Properties} switchboard.v1.Monitor.$Shape
             */

            /**
             * Constructs a new Monitor.
             * @memberof switchboard.v1
             * @classdesc Represents a Monitor.
             * @constructor
             * @param {switchboard.v1.Monitor.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Monitor = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Monitor tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.Monitor
             * @instance
             */
            Monitor.prototype.tenantId = "";

            /**
             * Monitor callId.
             * @member {string} callId
             * @memberof switchboard.v1.Monitor
             * @instance
             */
            Monitor.prototype.callId = "";

            /**
             * Monitor agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.Monitor
             * @instance
             */
            Monitor.prototype.agentId = "";

            /**
             * Monitor mode.
             * @member {string} mode
             * @memberof switchboard.v1.Monitor
             * @instance
             */
            Monitor.prototype.mode = "";

            /**
             * Creates a new Monitor instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {switchboard.v1.Monitor.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Monitor} Monitor instance
             * @type {{
             *   (properties: switchboard.v1.Monitor.$Shape): switchboard.v1.Monitor & switchboard.v1.Monitor.$Shape;
             *   (properties?: switchboard.v1.Monitor.$Properties): switchboard.v1.Monitor;
             * }}
             */
            Monitor.create = function(properties) {
                return new Monitor(properties);
            };

            /**
             * Encodes the specified Monitor message. Does not implicitly {@link switchboard.v1.Monitor.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {switchboard.v1.Monitor.$Properties} m Monitor message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Monitor.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.agentId);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.mode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Monitor message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Monitor & switchboard.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Monitor.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Monitor();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Monitor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Monitor} Monitor
             */
            Monitor.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Monitor)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Monitor: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Monitor();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.mode != null) {
                    if (typeof d.mode !== "string" || d.mode.length) {
                        m.mode = $String(d.mode);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Monitor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {switchboard.v1.Monitor} m Monitor
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Monitor.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.agentId = "";
                    d.mode = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                return d;
            };

            /**
             * Converts this Monitor to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Monitor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Monitor.prototype.toJSON = function() {
                return Monitor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Monitor
             * @function getTypeUrl
             * @memberof switchboard.v1.Monitor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Monitor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Monitor";
            };

            return Monitor;
        })();

        /**
         * AgentStatus enum.
         * @name switchboard.v1.AgentStatus
         * @enum {number}
         * @property {number} AGENT_LOGGED_OUT=0 AGENT_LOGGED_OUT value
         * @property {number} AGENT_READY=1 AGENT_READY value
         * @property {number} AGENT_NOT_READY=2 AGENT_NOT_READY value
         * @property {number} AGENT_RESERVED=3 AGENT_RESERVED value
         * @property {number} AGENT_RINGING=4 AGENT_RINGING value
         * @property {number} AGENT_ON_CALL=5 AGENT_ON_CALL value
         * @property {number} AGENT_WRAP_UP=6 AGENT_WRAP_UP value
         */
        v1.AgentStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AGENT_LOGGED_OUT"] = 0;
            values[valuesById[1] = "AGENT_READY"] = 1;
            values[valuesById[2] = "AGENT_NOT_READY"] = 2;
            values[valuesById[3] = "AGENT_RESERVED"] = 3;
            values[valuesById[4] = "AGENT_RINGING"] = 4;
            values[valuesById[5] = "AGENT_ON_CALL"] = 5;
            values[valuesById[6] = "AGENT_WRAP_UP"] = 6;
            return values;
        })();

        v1.AgentSetState = (function() {

            /**
             * Properties of an AgentSetState.
             * @typedef {Object} switchboard.v1.AgentSetState.$Properties
             * @property {string|null} [tenantId] AgentSetState tenantId
             * @property {string|null} [agentId] AgentSetState agentId
             * @property {switchboard.v1.AgentStatus|null} [status] AgentSetState status
             * @property {string|null} [reason] AgentSetState reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentSetState.
             * @memberof switchboard.v1
             * @interface IAgentSetState
             * @augments switchboard.v1.AgentSetState.$Properties
             * @deprecated Use switchboard.v1.AgentSetState.$Properties instead.
             */

            /**
             * Shape of an AgentSetState.
             * @typedef {switchboard.v1.AgentSetState.$Properties} switchboard.v1.AgentSetState.$Shape
             */

            /**
             * Constructs a new AgentSetState.
             * @memberof switchboard.v1
             * @classdesc Represents an AgentSetState.
             * @constructor
             * @param {switchboard.v1.AgentSetState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentSetState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AgentSetState tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.AgentSetState
             * @instance
             */
            AgentSetState.prototype.tenantId = "";

            /**
             * AgentSetState agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.AgentSetState
             * @instance
             */
            AgentSetState.prototype.agentId = "";

            /**
             * AgentSetState status.
             * @member {switchboard.v1.AgentStatus} status
             * @memberof switchboard.v1.AgentSetState
             * @instance
             */
            AgentSetState.prototype.status = 0;

            /**
             * AgentSetState reason.
             * @member {string} reason
             * @memberof switchboard.v1.AgentSetState
             * @instance
             */
            AgentSetState.prototype.reason = "";

            /**
             * Creates a new AgentSetState instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {switchboard.v1.AgentSetState.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.AgentSetState} AgentSetState instance
             * @type {{
             *   (properties: switchboard.v1.AgentSetState.$Shape): switchboard.v1.AgentSetState & switchboard.v1.AgentSetState.$Shape;
             *   (properties?: switchboard.v1.AgentSetState.$Properties): switchboard.v1.AgentSetState;
             * }}
             */
            AgentSetState.create = function(properties) {
                return new AgentSetState(properties);
            };

            /**
             * Encodes the specified AgentSetState message. Does not implicitly {@link switchboard.v1.AgentSetState.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {switchboard.v1.AgentSetState.$Properties} m AgentSetState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentSetState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AgentSetState message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentSetState & switchboard.v1.AgentSetState.$Shape} AgentSetState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentSetState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.AgentSetState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AgentSetState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.AgentSetState} AgentSetState
             */
            AgentSetState.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.AgentSetState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.AgentSetState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.AgentSetState();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.switchboard.v1.AgentStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "AGENT_LOGGED_OUT":
                    case 0:
                        m.status = 0;
                        break;
                    case "AGENT_READY":
                    case 1:
                        m.status = 1;
                        break;
                    case "AGENT_NOT_READY":
                    case 2:
                        m.status = 2;
                        break;
                    case "AGENT_RESERVED":
                    case 3:
                        m.status = 3;
                        break;
                    case "AGENT_RINGING":
                    case 4:
                        m.status = 4;
                        break;
                    case "AGENT_ON_CALL":
                    case 5:
                        m.status = 5;
                        break;
                    case "AGENT_WRAP_UP":
                    case 6:
                        m.status = 6;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AgentSetState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {switchboard.v1.AgentSetState} m AgentSetState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentSetState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.status = o.enums === $String ? "AGENT_LOGGED_OUT" : 0;
                    d.reason = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.switchboard.v1.AgentStatus[m.status] === $undefined ? m.status : $root.switchboard.v1.AgentStatus[m.status] : m.status;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this AgentSetState to JSON.
             * @function toJSON
             * @memberof switchboard.v1.AgentSetState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentSetState.prototype.toJSON = function() {
                return AgentSetState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentSetState
             * @function getTypeUrl
             * @memberof switchboard.v1.AgentSetState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentSetState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.AgentSetState";
            };

            return AgentSetState;
        })();

        v1.Hangup = (function() {

            /**
             * Properties of a Hangup.
             * @typedef {Object} switchboard.v1.Hangup.$Properties
             * @property {string|null} [tenantId] Hangup tenantId
             * @property {string|null} [callId] Hangup callId
             * @property {string|null} [cause] Hangup cause
             * @property {string|null} [agentId] Hangup agentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hangup.
             * @memberof switchboard.v1
             * @interface IHangup
             * @augments switchboard.v1.Hangup.$Properties
             * @deprecated Use switchboard.v1.Hangup.$Properties instead.
             */

            /**
             * Shape of a Hangup.
             * @typedef {switchboard.v1.Hangup.$Properties} switchboard.v1.Hangup.$Shape
             */

            /**
             * Constructs a new Hangup.
             * @memberof switchboard.v1
             * @classdesc Represents a Hangup.
             * @constructor
             * @param {switchboard.v1.Hangup.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hangup = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hangup tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.Hangup
             * @instance
             */
            Hangup.prototype.tenantId = "";

            /**
             * Hangup callId.
             * @member {string} callId
             * @memberof switchboard.v1.Hangup
             * @instance
             */
            Hangup.prototype.callId = "";

            /**
             * Hangup cause.
             * @member {string} cause
             * @memberof switchboard.v1.Hangup
             * @instance
             */
            Hangup.prototype.cause = "";

            /**
             * Hangup agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.Hangup
             * @instance
             */
            Hangup.prototype.agentId = "";

            /**
             * Creates a new Hangup instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {switchboard.v1.Hangup.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Hangup} Hangup instance
             * @type {{
             *   (properties: switchboard.v1.Hangup.$Shape): switchboard.v1.Hangup & switchboard.v1.Hangup.$Shape;
             *   (properties?: switchboard.v1.Hangup.$Properties): switchboard.v1.Hangup;
             * }}
             */
            Hangup.create = function(properties) {
                return new Hangup(properties);
            };

            /**
             * Encodes the specified Hangup message. Does not implicitly {@link switchboard.v1.Hangup.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {switchboard.v1.Hangup.$Properties} m Hangup message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hangup.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.cause != null && $Object.hasOwnProperty.call(m, "cause") && m.cause !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.cause);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.agentId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hangup message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Hangup & switchboard.v1.Hangup.$Shape} Hangup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hangup.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Hangup();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cause = v;
                            else
                                delete m.cause;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Hangup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Hangup} Hangup
             */
            Hangup.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Hangup)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Hangup: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Hangup();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.cause != null) {
                    if (typeof d.cause !== "string" || d.cause.length) {
                        m.cause = $String(d.cause);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hangup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {switchboard.v1.Hangup} m Hangup
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hangup.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.cause = "";
                    d.agentId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.cause != null && $Object.hasOwnProperty.call(m, "cause")) {
                    d.cause = m.cause;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                return d;
            };

            /**
             * Converts this Hangup to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Hangup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hangup.prototype.toJSON = function() {
                return Hangup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hangup
             * @function getTypeUrl
             * @memberof switchboard.v1.Hangup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hangup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Hangup";
            };

            return Hangup;
        })();

        v1.Originate = (function() {

            /**
             * Properties of an Originate.
             * @typedef {Object} switchboard.v1.Originate.$Properties
             * @property {string|null} [tenantId] Originate tenantId
             * @property {string|null} [agentId] Originate agentId
             * @property {string|null} [destination] Originate destination
             * @property {string|null} [callerId] Originate callerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Originate.
             * @memberof switchboard.v1
             * @interface IOriginate
             * @augments switchboard.v1.Originate.$Properties
             * @deprecated Use switchboard.v1.Originate.$Properties instead.
             */

            /**
             * Shape of an Originate.
             * @typedef {switchboard.v1.Originate.$Properties} switchboard.v1.Originate.$Shape
             */

            /**
             * Constructs a new Originate.
             * @memberof switchboard.v1
             * @classdesc Represents an Originate.
             * @constructor
             * @param {switchboard.v1.Originate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Originate = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Originate tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.Originate
             * @instance
             */
            Originate.prototype.tenantId = "";

            /**
             * Originate agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.Originate
             * @instance
             */
            Originate.prototype.agentId = "";

            /**
             * Originate destination.
             * @member {string} destination
             * @memberof switchboard.v1.Originate
             * @instance
             */
            Originate.prototype.destination = "";

            /**
             * Originate callerId.
             * @member {string} callerId
             * @memberof switchboard.v1.Originate
             * @instance
             */
            Originate.prototype.callerId = "";

            /**
             * Creates a new Originate instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Originate
             * @static
             * @param {switchboard.v1.Originate.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Originate} Originate instance
             * @type {{
             *   (properties: switchboard.v1.Originate.$Shape): switchboard.v1.Originate & switchboard.v1.Originate.$Shape;
             *   (properties?: switchboard.v1.Originate.$Properties): switchboard.v1.Originate;
             * }}
             */
            Originate.create = function(properties) {
                return new Originate(properties);
            };

            /**
             * Encodes the specified Originate message. Does not implicitly {@link switchboard.v1.Originate.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Originate
             * @static
             * @param {switchboard.v1.Originate.$Properties} m Originate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Originate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.destination != null && $Object.hasOwnProperty.call(m, "destination") && m.destination !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.destination);
                if (m.callerId != null && $Object.hasOwnProperty.call(m, "callerId") && m.callerId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.callerId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Originate message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Originate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Originate & switchboard.v1.Originate.$Shape} Originate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Originate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Originate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.destination = v;
                            else
                                delete m.destination;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callerId = v;
                            else
                                delete m.callerId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Originate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Originate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Originate} Originate
             */
            Originate.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Originate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Originate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Originate();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.destination != null) {
                    if (typeof d.destination !== "string" || d.destination.length) {
                        m.destination = $String(d.destination);
                    }
                }
                if (d.callerId != null) {
                    if (typeof d.callerId !== "string" || d.callerId.length) {
                        m.callerId = $String(d.callerId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Originate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Originate
             * @static
             * @param {switchboard.v1.Originate} m Originate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Originate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.destination = "";
                    d.callerId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.destination != null && $Object.hasOwnProperty.call(m, "destination")) {
                    d.destination = m.destination;
                }
                if (m.callerId != null && $Object.hasOwnProperty.call(m, "callerId")) {
                    d.callerId = m.callerId;
                }
                return d;
            };

            /**
             * Converts this Originate to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Originate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Originate.prototype.toJSON = function() {
                return Originate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Originate
             * @function getTypeUrl
             * @memberof switchboard.v1.Originate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Originate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Originate";
            };

            return Originate;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} switchboard.v1.SnapshotRequest.$Properties
             * @property {string|null} [tenantId] SnapshotRequest tenantId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof switchboard.v1
             * @interface ISnapshotRequest
             * @augments switchboard.v1.SnapshotRequest.$Properties
             * @deprecated Use switchboard.v1.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {switchboard.v1.SnapshotRequest.$Properties} switchboard.v1.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof switchboard.v1
             * @classdesc Represents a SnapshotRequest.
             * @constructor
             * @param {switchboard.v1.SnapshotRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotRequest tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.tenantId = "";

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {switchboard.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: switchboard.v1.SnapshotRequest.$Shape): switchboard.v1.SnapshotRequest & switchboard.v1.SnapshotRequest.$Shape;
             *   (properties?: switchboard.v1.SnapshotRequest.$Properties): switchboard.v1.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link switchboard.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {switchboard.v1.SnapshotRequest.$Properties} m SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.SnapshotRequest & switchboard.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.SnapshotRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.SnapshotRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.SnapshotRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.SnapshotRequest();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {switchboard.v1.SnapshotRequest} m SnapshotRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                return d;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof switchboard.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof switchboard.v1.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.RecordingControl = (function() {

            /**
             * Properties of a RecordingControl.
             * @typedef {Object} switchboard.v1.RecordingControl.$Properties
             * @property {string|null} [tenantId] RecordingControl tenantId
             * @property {string|null} [callId] RecordingControl callId
             * @property {boolean|null} [pause] RecordingControl pause
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordingControl.
             * @memberof switchboard.v1
             * @interface IRecordingControl
             * @augments switchboard.v1.RecordingControl.$Properties
             * @deprecated Use switchboard.v1.RecordingControl.$Properties instead.
             */

            /**
             * Shape of a RecordingControl.
             * @typedef {switchboard.v1.RecordingControl.$Properties} switchboard.v1.RecordingControl.$Shape
             */

            /**
             * Constructs a new RecordingControl.
             * @memberof switchboard.v1
             * @classdesc Represents a RecordingControl.
             * @constructor
             * @param {switchboard.v1.RecordingControl.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordingControl = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RecordingControl tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.RecordingControl
             * @instance
             */
            RecordingControl.prototype.tenantId = "";

            /**
             * RecordingControl callId.
             * @member {string} callId
             * @memberof switchboard.v1.RecordingControl
             * @instance
             */
            RecordingControl.prototype.callId = "";

            /**
             * RecordingControl pause.
             * @member {boolean} pause
             * @memberof switchboard.v1.RecordingControl
             * @instance
             */
            RecordingControl.prototype.pause = false;

            /**
             * Creates a new RecordingControl instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {switchboard.v1.RecordingControl.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.RecordingControl} RecordingControl instance
             * @type {{
             *   (properties: switchboard.v1.RecordingControl.$Shape): switchboard.v1.RecordingControl & switchboard.v1.RecordingControl.$Shape;
             *   (properties?: switchboard.v1.RecordingControl.$Properties): switchboard.v1.RecordingControl;
             * }}
             */
            RecordingControl.create = function(properties) {
                return new RecordingControl(properties);
            };

            /**
             * Encodes the specified RecordingControl message. Does not implicitly {@link switchboard.v1.RecordingControl.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {switchboard.v1.RecordingControl.$Properties} m RecordingControl message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordingControl.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.pause != null && $Object.hasOwnProperty.call(m, "pause") && m.pause !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.pause);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RecordingControl message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.RecordingControl & switchboard.v1.RecordingControl.$Shape} RecordingControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordingControl.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.RecordingControl();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.pause = v;
                            else
                                delete m.pause;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RecordingControl message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.RecordingControl} RecordingControl
             */
            RecordingControl.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.RecordingControl)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.RecordingControl: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.RecordingControl();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.pause != null) {
                    if (d.pause) {
                        m.pause = $Boolean(d.pause);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RecordingControl message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {switchboard.v1.RecordingControl} m RecordingControl
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordingControl.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.pause = false;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.pause != null && $Object.hasOwnProperty.call(m, "pause")) {
                    d.pause = m.pause;
                }
                return d;
            };

            /**
             * Converts this RecordingControl to JSON.
             * @function toJSON
             * @memberof switchboard.v1.RecordingControl
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordingControl.prototype.toJSON = function() {
                return RecordingControl.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecordingControl
             * @function getTypeUrl
             * @memberof switchboard.v1.RecordingControl
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecordingControl.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.RecordingControl";
            };

            return RecordingControl;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} switchboard.v1.CommandResult.$Properties
             * @property {boolean|null} [ok] CommandResult ok
             * @property {string|null} [code] CommandResult code
             * @property {string|null} [reason] CommandResult reason
             * @property {switchboard.v1.Snapshot.$Properties|null} [snapshot] CommandResult snapshot
             * @property {string|null} [callId] CommandResult callId
             * @property {string|null} [sessionId] CommandResult sessionId
             * @property {string|null} [sdp] CommandResult sdp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof switchboard.v1
             * @interface ICommandResult
             * @augments switchboard.v1.CommandResult.$Properties
             * @deprecated Use switchboard.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {switchboard.v1.CommandResult.$Properties} switchboard.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof switchboard.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {switchboard.v1.CommandResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandResult ok.
             * @member {boolean} ok
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.ok = false;

            /**
             * CommandResult code.
             * @member {string} code
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.code = "";

            /**
             * CommandResult reason.
             * @member {string} reason
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.reason = "";

            /**
             * CommandResult snapshot.
             * @member {switchboard.v1.Snapshot.$Properties|null|undefined} snapshot
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.snapshot = null;

            /**
             * CommandResult callId.
             * @member {string} callId
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.callId = "";

            /**
             * CommandResult sessionId.
             * @member {string} sessionId
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.sessionId = "";

            /**
             * CommandResult sdp.
             * @member {string} sdp
             * @memberof switchboard.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.sdp = "";

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {switchboard.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: switchboard.v1.CommandResult.$Shape): switchboard.v1.CommandResult & switchboard.v1.CommandResult.$Shape;
             *   (properties?: switchboard.v1.CommandResult.$Properties): switchboard.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link switchboard.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {switchboard.v1.CommandResult.$Properties} m CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                    $root.switchboard.v1.Snapshot.encode(m.snapshot, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.callId);
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.sessionId);
                if (m.sdp != null && $Object.hasOwnProperty.call(m, "sdp") && m.sdp !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.sdp);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.CommandResult & switchboard.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.CommandResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.snapshot = $root.switchboard.v1.Snapshot.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sdp = v;
                            else
                                delete m.sdp;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.CommandResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.CommandResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.CommandResult();
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.snapshot != null) {
                    if (!$util.isObject(d.snapshot))
                        throw $TypeError(".switchboard.v1.CommandResult.snapshot: object expected");
                    m.snapshot = $root.switchboard.v1.Snapshot.fromObject(d.snapshot, q + 1);
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.sdp != null) {
                    if (typeof d.sdp !== "string" || d.sdp.length) {
                        m.sdp = $String(d.sdp);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {switchboard.v1.CommandResult} m CommandResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ok = false;
                    d.code = "";
                    d.reason = "";
                    d.snapshot = null;
                    d.callId = "";
                    d.sessionId = "";
                    d.sdp = "";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = $root.switchboard.v1.Snapshot.toObject(m.snapshot, o, q + 1);
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.sdp != null && $Object.hasOwnProperty.call(m, "sdp")) {
                    d.sdp = m.sdp;
                }
                return d;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof switchboard.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof switchboard.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} switchboard.v1.Snapshot.$Properties
             * @property {Array.<switchboard.v1.AgentStateEvent.$Properties>|null} [agents] Snapshot agents
             * @property {Array.<switchboard.v1.CallStateEvent.$Properties>|null} [calls] Snapshot calls
             * @property {Array.<switchboard.v1.QueueStatsEvent.$Properties>|null} [queues] Snapshot queues
             * @property {Object.<string,number>|null} [counters] Snapshot counters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof switchboard.v1
             * @interface ISnapshot
             * @augments switchboard.v1.Snapshot.$Properties
             * @deprecated Use switchboard.v1.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {switchboard.v1.Snapshot.$Properties} switchboard.v1.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof switchboard.v1
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {switchboard.v1.Snapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (p) {
                this.agents = [];
                this.calls = [];
                this.queues = [];
                this.counters = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Snapshot agents.
             * @member {Array.<switchboard.v1.AgentStateEvent.$Properties>} agents
             * @memberof switchboard.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.agents = $util.emptyArray;

            /**
             * Snapshot calls.
             * @member {Array.<switchboard.v1.CallStateEvent.$Properties>} calls
             * @memberof switchboard.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.calls = $util.emptyArray;

            /**
             * Snapshot queues.
             * @member {Array.<switchboard.v1.QueueStatsEvent.$Properties>} queues
             * @memberof switchboard.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.queues = $util.emptyArray;

            /**
             * Snapshot counters.
             * @member {Object.<string,number>} counters
             * @memberof switchboard.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.counters = $util.emptyObject;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {switchboard.v1.Snapshot.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Snapshot} Snapshot instance
             * @type {{
             *   (properties: switchboard.v1.Snapshot.$Shape): switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape;
             *   (properties?: switchboard.v1.Snapshot.$Properties): switchboard.v1.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link switchboard.v1.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {switchboard.v1.Snapshot.$Properties} m Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.agents != null && m.agents.length) {
                    for (var i = 0; i < m.agents.length; ++i)
                        $root.switchboard.v1.AgentStateEvent.encode(m.agents[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.calls != null && m.calls.length) {
                    for (var i = 0; i < m.calls.length; ++i)
                        $root.switchboard.v1.CallStateEvent.encode(m.calls[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.queues != null && m.queues.length) {
                    for (var i = 0; i < m.queues.length; ++i)
                        $root.switchboard.v1.QueueStatsEvent.encode(m.queues[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.counters != null && $Object.hasOwnProperty.call(m, "counters")) {
                    for (var ks = $Object.keys(m.counters), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 1 =*/17).double(m.counters[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Snapshot();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.agents && m.agents.length))
                                m.agents = [];
                            m.agents.push($root.switchboard.v1.AgentStateEvent.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.calls && m.calls.length))
                                m.calls = [];
                            m.calls.push($root.switchboard.v1.CallStateEvent.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.queues && m.queues.length))
                                m.queues = [];
                            m.queues.push($root.switchboard.v1.QueueStatsEvent.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.counters === $util.emptyObject)
                                m.counters = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = 0;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 1)
                                        break;
                                    v = r.double();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.counters, k);
                            m.counters[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Snapshot} Snapshot
             */
            Snapshot.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Snapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Snapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Snapshot();
                if (d.agents) {
                    if (!$Array.isArray(d.agents))
                        throw $TypeError(".switchboard.v1.Snapshot.agents: array expected");
                    m.agents = $Array(d.agents.length);
                    for (var i = 0; i < d.agents.length; ++i) {
                        if (!$util.isObject(d.agents[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.agents: object expected");
                        m.agents[i] = $root.switchboard.v1.AgentStateEvent.fromObject(d.agents[i], q + 1);
                    }
                }
                if (d.calls) {
                    if (!$Array.isArray(d.calls))
                        throw $TypeError(".switchboard.v1.Snapshot.calls: array expected");
                    m.calls = $Array(d.calls.length);
                    for (var i = 0; i < d.calls.length; ++i) {
                        if (!$util.isObject(d.calls[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.calls: object expected");
                        m.calls[i] = $root.switchboard.v1.CallStateEvent.fromObject(d.calls[i], q + 1);
                    }
                }
                if (d.queues) {
                    if (!$Array.isArray(d.queues))
                        throw $TypeError(".switchboard.v1.Snapshot.queues: array expected");
                    m.queues = $Array(d.queues.length);
                    for (var i = 0; i < d.queues.length; ++i) {
                        if (!$util.isObject(d.queues[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.queues: object expected");
                        m.queues[i] = $root.switchboard.v1.QueueStatsEvent.fromObject(d.queues[i], q + 1);
                    }
                }
                if (d.counters) {
                    if (!$util.isObject(d.counters))
                        throw $TypeError(".switchboard.v1.Snapshot.counters: object expected");
                    m.counters = {};
                    for (var ks = $Object.keys(d.counters), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.counters, ks[i]);
                        m.counters[ks[i]] = $Number(d.counters[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {switchboard.v1.Snapshot} m Snapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Snapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.agents = [];
                    d.calls = [];
                    d.queues = [];
                }
                if (o.objects || o.defaults) {
                    d.counters = {};
                }
                if (m.agents && m.agents.length) {
                    d.agents = $Array(m.agents.length);
                    for (var j = 0; j < m.agents.length; ++j) {
                        d.agents[j] = $root.switchboard.v1.AgentStateEvent.toObject(m.agents[j], o, q + 1);
                    }
                }
                if (m.calls && m.calls.length) {
                    d.calls = $Array(m.calls.length);
                    for (var j = 0; j < m.calls.length; ++j) {
                        d.calls[j] = $root.switchboard.v1.CallStateEvent.toObject(m.calls[j], o, q + 1);
                    }
                }
                if (m.queues && m.queues.length) {
                    d.queues = $Array(m.queues.length);
                    for (var j = 0; j < m.queues.length; ++j) {
                        d.queues[j] = $root.switchboard.v1.QueueStatsEvent.toObject(m.queues[j], o, q + 1);
                    }
                }
                var ks2;
                if (m.counters && (ks2 = $Object.keys(m.counters)).length) {
                    d.counters = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.counters, ks2[j]);
                        d.counters[ks2[j]] = o.json && !$isFinite(m.counters[ks2[j]]) ? $String(m.counters[ks2[j]]) : m.counters[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Snapshot
             * @function getTypeUrl
             * @memberof switchboard.v1.Snapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Snapshot";
            };

            return Snapshot;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} switchboard.v1.Event.$Properties
             * @property {number|null} [outboxId] Event outboxId
             * @property {switchboard.v1.CallStateEvent.$Properties|null} [call] Event call
             * @property {switchboard.v1.AgentStateEvent.$Properties|null} [agent] Event agent
             * @property {switchboard.v1.Cdr.$Properties|null} [cdr] Event cdr
             * @property {switchboard.v1.QueueStatsEvent.$Properties|null} [queue] Event queue
             * @property {switchboard.v1.RegistrationEvent.$Properties|null} [registration] Event registration
             * @property {switchboard.v1.SecurityEvent.$Properties|null} [security] Event security
             * @property {switchboard.v1.WebRtcSessionEvent.$Properties|null} [webrtc] Event webrtc
             * @property {"call"|"agent"|"cdr"|"queue"|"registration"|"security"|"webrtc"} [ev] Event ev
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof switchboard.v1
             * @interface IEvent
             * @augments switchboard.v1.Event.$Properties
             * @deprecated Use switchboard.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   outboxId?: number|null;
             *   call?: switchboard.v1.CallStateEvent.$Shape|null;
             *   agent?: switchboard.v1.AgentStateEvent.$Shape|null;
             *   cdr?: switchboard.v1.Cdr.$Shape|null;
             *   queue?: switchboard.v1.QueueStatsEvent.$Shape|null;
             *   registration?: switchboard.v1.RegistrationEvent.$Shape|null;
             *   security?: switchboard.v1.SecurityEvent.$Shape|null;
             *   webrtc?: switchboard.v1.WebRtcSessionEvent.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ ev?: undefined; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "call"; call: switchboard.v1.CallStateEvent.$Shape; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "agent"; call?: null; agent: switchboard.v1.AgentStateEvent.$Shape; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "cdr"; call?: null; agent?: null; cdr: switchboard.v1.Cdr.$Shape; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "queue"; call?: null; agent?: null; cdr?: null; queue: switchboard.v1.QueueStatsEvent.$Shape; registration?: null; security?: null; webrtc?: null }|{ ev?: "registration"; call?: null; agent?: null; cdr?: null; queue?: null; registration: switchboard.v1.RegistrationEvent.$Shape; security?: null; webrtc?: null }|{ ev?: "security"; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security: switchboard.v1.SecurityEvent.$Shape; webrtc?: null }|{ ev?: "webrtc"; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc: switchboard.v1.WebRtcSessionEvent.$Shape })
             * )} switchboard.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof switchboard.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {switchboard.v1.Event.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Event outboxId.
             * @member {number} outboxId
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.outboxId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event call.
             * @member {switchboard.v1.CallStateEvent.$Properties|null|undefined} call
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.call = null;

            /**
             * Event agent.
             * @member {switchboard.v1.AgentStateEvent.$Properties|null|undefined} agent
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.agent = null;

            /**
             * Event cdr.
             * @member {switchboard.v1.Cdr.$Properties|null|undefined} cdr
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.cdr = null;

            /**
             * Event queue.
             * @member {switchboard.v1.QueueStatsEvent.$Properties|null|undefined} queue
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.queue = null;

            /**
             * Event registration.
             * @member {switchboard.v1.RegistrationEvent.$Properties|null|undefined} registration
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.registration = null;

            /**
             * Event security.
             * @member {switchboard.v1.SecurityEvent.$Properties|null|undefined} security
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.security = null;

            /**
             * Event webrtc.
             * @member {switchboard.v1.WebRtcSessionEvent.$Properties|null|undefined} webrtc
             * @memberof switchboard.v1.Event
             * @instance
             */
            Event.prototype.webrtc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event ev.
             * @member {"call"|"agent"|"cdr"|"queue"|"registration"|"security"|"webrtc"|undefined} ev
             * @memberof switchboard.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "ev", {
                get: $util.oneOfGetter($oneOfFields = ["call", "agent", "cdr", "queue", "registration", "security", "webrtc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Event
             * @static
             * @param {switchboard.v1.Event.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Event} Event instance
             * @type {{
             *   (properties: switchboard.v1.Event.$Shape): switchboard.v1.Event & switchboard.v1.Event.$Shape;
             *   (properties?: switchboard.v1.Event.$Properties): switchboard.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link switchboard.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Event
             * @static
             * @param {switchboard.v1.Event.$Properties} m Event message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.outboxId != null && $Object.hasOwnProperty.call(m, "outboxId") && (typeof m.outboxId === "object" ? m.outboxId.low || m.outboxId.high : m.outboxId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.outboxId);
                if (m.call != null && $Object.hasOwnProperty.call(m, "call"))
                    $root.switchboard.v1.CallStateEvent.encode(m.call, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.agent != null && $Object.hasOwnProperty.call(m, "agent"))
                    $root.switchboard.v1.AgentStateEvent.encode(m.agent, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.cdr != null && $Object.hasOwnProperty.call(m, "cdr"))
                    $root.switchboard.v1.Cdr.encode(m.cdr, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue"))
                    $root.switchboard.v1.QueueStatsEvent.encode(m.queue, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration"))
                    $root.switchboard.v1.RegistrationEvent.encode(m.registration, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.security != null && $Object.hasOwnProperty.call(m, "security"))
                    $root.switchboard.v1.SecurityEvent.encode(m.security, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.webrtc != null && $Object.hasOwnProperty.call(m, "webrtc"))
                    $root.switchboard.v1.WebRtcSessionEvent.encode(m.webrtc, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Event & switchboard.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Event();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.outboxId = v;
                            else
                                delete m.outboxId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.call = $root.switchboard.v1.CallStateEvent.decode(r, r.size(), $undefined, q + 1, m.call);
                            m.ev = "call";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.agent = $root.switchboard.v1.AgentStateEvent.decode(r, r.size(), $undefined, q + 1, m.agent);
                            m.ev = "agent";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.cdr = $root.switchboard.v1.Cdr.decode(r, r.size(), $undefined, q + 1, m.cdr);
                            m.ev = "cdr";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.queue = $root.switchboard.v1.QueueStatsEvent.decode(r, r.size(), $undefined, q + 1, m.queue);
                            m.ev = "queue";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.registration = $root.switchboard.v1.RegistrationEvent.decode(r, r.size(), $undefined, q + 1, m.registration);
                            m.ev = "registration";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.security = $root.switchboard.v1.SecurityEvent.decode(r, r.size(), $undefined, q + 1, m.security);
                            m.ev = "security";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.webrtc = $root.switchboard.v1.WebRtcSessionEvent.decode(r, r.size(), $undefined, q + 1, m.webrtc);
                            m.ev = "webrtc";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Event
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Event} Event
             */
            Event.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Event)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Event: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Event();
                if (d.outboxId != null) {
                    if (typeof d.outboxId === "object" ? d.outboxId.low || d.outboxId.high : $Number(d.outboxId) !== 0) {
                        if ($util.Long)
                            m.outboxId = $util.Long.fromValue(d.outboxId, true);
                        else if (typeof d.outboxId === "string")
                            m.outboxId = $parseInt(d.outboxId, 10);
                        else if (typeof d.outboxId === "number")
                            m.outboxId = d.outboxId;
                        else if (typeof d.outboxId === "object")
                            m.outboxId = new $util.LongBits(d.outboxId.low >>> 0, d.outboxId.high >>> 0).toNumber(true);
                    }
                }
                if (d.call != null) {
                    if (!$util.isObject(d.call))
                        throw $TypeError(".switchboard.v1.Event.call: object expected");
                    m.call = $root.switchboard.v1.CallStateEvent.fromObject(d.call, q + 1);
                }
                if (d.agent != null) {
                    if (!$util.isObject(d.agent))
                        throw $TypeError(".switchboard.v1.Event.agent: object expected");
                    m.agent = $root.switchboard.v1.AgentStateEvent.fromObject(d.agent, q + 1);
                }
                if (d.cdr != null) {
                    if (!$util.isObject(d.cdr))
                        throw $TypeError(".switchboard.v1.Event.cdr: object expected");
                    m.cdr = $root.switchboard.v1.Cdr.fromObject(d.cdr, q + 1);
                }
                if (d.queue != null) {
                    if (!$util.isObject(d.queue))
                        throw $TypeError(".switchboard.v1.Event.queue: object expected");
                    m.queue = $root.switchboard.v1.QueueStatsEvent.fromObject(d.queue, q + 1);
                }
                if (d.registration != null) {
                    if (!$util.isObject(d.registration))
                        throw $TypeError(".switchboard.v1.Event.registration: object expected");
                    m.registration = $root.switchboard.v1.RegistrationEvent.fromObject(d.registration, q + 1);
                }
                if (d.security != null) {
                    if (!$util.isObject(d.security))
                        throw $TypeError(".switchboard.v1.Event.security: object expected");
                    m.security = $root.switchboard.v1.SecurityEvent.fromObject(d.security, q + 1);
                }
                if (d.webrtc != null) {
                    if (!$util.isObject(d.webrtc))
                        throw $TypeError(".switchboard.v1.Event.webrtc: object expected");
                    m.webrtc = $root.switchboard.v1.WebRtcSessionEvent.fromObject(d.webrtc, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Event
             * @static
             * @param {switchboard.v1.Event} m Event
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.outboxId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.outboxId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.outboxId != null && $Object.hasOwnProperty.call(m, "outboxId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.outboxId = typeof m.outboxId === "number" ? $BigInt(m.outboxId) : $util.Long.fromBits(m.outboxId.low >>> 0, m.outboxId.high >>> 0, true).toBigInt();
                    else if (typeof m.outboxId === "number")
                        d.outboxId = o.longs === $String ? $String(m.outboxId) : m.outboxId;
                    else
                        d.outboxId = o.longs === $String ? $util.Long.prototype.toString.call(m.outboxId) : o.longs === $Number ? new $util.LongBits(m.outboxId.low >>> 0, m.outboxId.high >>> 0).toNumber(true) : m.outboxId;
                }
                if (m.call != null && $Object.hasOwnProperty.call(m, "call")) {
                    d.call = $root.switchboard.v1.CallStateEvent.toObject(m.call, o, q + 1);
                    if (o.oneofs)
                        d.ev = "call";
                }
                if (m.agent != null && $Object.hasOwnProperty.call(m, "agent")) {
                    d.agent = $root.switchboard.v1.AgentStateEvent.toObject(m.agent, o, q + 1);
                    if (o.oneofs)
                        d.ev = "agent";
                }
                if (m.cdr != null && $Object.hasOwnProperty.call(m, "cdr")) {
                    d.cdr = $root.switchboard.v1.Cdr.toObject(m.cdr, o, q + 1);
                    if (o.oneofs)
                        d.ev = "cdr";
                }
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue")) {
                    d.queue = $root.switchboard.v1.QueueStatsEvent.toObject(m.queue, o, q + 1);
                    if (o.oneofs)
                        d.ev = "queue";
                }
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                    d.registration = $root.switchboard.v1.RegistrationEvent.toObject(m.registration, o, q + 1);
                    if (o.oneofs)
                        d.ev = "registration";
                }
                if (m.security != null && $Object.hasOwnProperty.call(m, "security")) {
                    d.security = $root.switchboard.v1.SecurityEvent.toObject(m.security, o, q + 1);
                    if (o.oneofs)
                        d.ev = "security";
                }
                if (m.webrtc != null && $Object.hasOwnProperty.call(m, "webrtc")) {
                    d.webrtc = $root.switchboard.v1.WebRtcSessionEvent.toObject(m.webrtc, o, q + 1);
                    if (o.oneofs)
                        d.ev = "webrtc";
                }
                return d;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof switchboard.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Event";
            };

            return Event;
        })();

        v1.WebRtcSessionEvent = (function() {

            /**
             * Properties of a WebRtcSessionEvent.
             * @typedef {Object} switchboard.v1.WebRtcSessionEvent.$Properties
             * @property {string|null} [tenantId] WebRtcSessionEvent tenantId
             * @property {string|null} [agentId] WebRtcSessionEvent agentId
             * @property {string|null} [sessionId] WebRtcSessionEvent sessionId
             * @property {string|null} [state] WebRtcSessionEvent state
             * @property {string|null} [reason] WebRtcSessionEvent reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WebRtcSessionEvent.
             * @memberof switchboard.v1
             * @interface IWebRtcSessionEvent
             * @augments switchboard.v1.WebRtcSessionEvent.$Properties
             * @deprecated Use switchboard.v1.WebRtcSessionEvent.$Properties instead.
             */

            /**
             * Shape of a WebRtcSessionEvent.
             * @typedef {switchboard.v1.WebRtcSessionEvent.$Properties} switchboard.v1.WebRtcSessionEvent.$Shape
             */

            /**
             * Constructs a new WebRtcSessionEvent.
             * @memberof switchboard.v1
             * @classdesc Represents a WebRtcSessionEvent.
             * @constructor
             * @param {switchboard.v1.WebRtcSessionEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WebRtcSessionEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WebRtcSessionEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             */
            WebRtcSessionEvent.prototype.tenantId = "";

            /**
             * WebRtcSessionEvent agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             */
            WebRtcSessionEvent.prototype.agentId = "";

            /**
             * WebRtcSessionEvent sessionId.
             * @member {string} sessionId
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             */
            WebRtcSessionEvent.prototype.sessionId = "";

            /**
             * WebRtcSessionEvent state.
             * @member {string} state
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             */
            WebRtcSessionEvent.prototype.state = "";

            /**
             * WebRtcSessionEvent reason.
             * @member {string} reason
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             */
            WebRtcSessionEvent.prototype.reason = "";

            /**
             * Creates a new WebRtcSessionEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {switchboard.v1.WebRtcSessionEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.WebRtcSessionEvent} WebRtcSessionEvent instance
             * @type {{
             *   (properties: switchboard.v1.WebRtcSessionEvent.$Shape): switchboard.v1.WebRtcSessionEvent & switchboard.v1.WebRtcSessionEvent.$Shape;
             *   (properties?: switchboard.v1.WebRtcSessionEvent.$Properties): switchboard.v1.WebRtcSessionEvent;
             * }}
             */
            WebRtcSessionEvent.create = function(properties) {
                return new WebRtcSessionEvent(properties);
            };

            /**
             * Encodes the specified WebRtcSessionEvent message. Does not implicitly {@link switchboard.v1.WebRtcSessionEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {switchboard.v1.WebRtcSessionEvent.$Properties} m WebRtcSessionEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WebRtcSessionEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sessionId);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a WebRtcSessionEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcSessionEvent & switchboard.v1.WebRtcSessionEvent.$Shape} WebRtcSessionEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WebRtcSessionEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.WebRtcSessionEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a WebRtcSessionEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.WebRtcSessionEvent} WebRtcSessionEvent
             */
            WebRtcSessionEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.WebRtcSessionEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.WebRtcSessionEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.WebRtcSessionEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WebRtcSessionEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {switchboard.v1.WebRtcSessionEvent} m WebRtcSessionEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WebRtcSessionEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.sessionId = "";
                    d.state = "";
                    d.reason = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this WebRtcSessionEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WebRtcSessionEvent.prototype.toJSON = function() {
                return WebRtcSessionEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WebRtcSessionEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.WebRtcSessionEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WebRtcSessionEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.WebRtcSessionEvent";
            };

            return WebRtcSessionEvent;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} switchboard.v1.Ack.$Properties
             * @property {Array.<number>|null} [outboxIds] Ack outboxIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof switchboard.v1
             * @interface IAck
             * @augments switchboard.v1.Ack.$Properties
             * @deprecated Use switchboard.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {switchboard.v1.Ack.$Properties} switchboard.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof switchboard.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {switchboard.v1.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                this.outboxIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack outboxIds.
             * @member {Array.<number>} outboxIds
             * @memberof switchboard.v1.Ack
             * @instance
             */
            Ack.prototype.outboxIds = $util.emptyArray;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Ack
             * @static
             * @param {switchboard.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Ack} Ack instance
             * @type {{
             *   (properties: switchboard.v1.Ack.$Shape): switchboard.v1.Ack & switchboard.v1.Ack.$Shape;
             *   (properties?: switchboard.v1.Ack.$Properties): switchboard.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link switchboard.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Ack
             * @static
             * @param {switchboard.v1.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.outboxIds != null && m.outboxIds.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint64s(m.outboxIds);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Ack & switchboard.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.outboxIds && m.outboxIds.length))
                                    m.outboxIds = [];
                                r.uint64s(m.outboxIds);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.outboxIds && m.outboxIds.length))
                                m.outboxIds = [];
                            m.outboxIds.push(r.uint64());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Ack();
                if (d.outboxIds) {
                    if (!$Array.isArray(d.outboxIds))
                        throw $TypeError(".switchboard.v1.Ack.outboxIds: array expected");
                    m.outboxIds = $Array(d.outboxIds.length);
                    for (var i = 0; i < d.outboxIds.length; ++i) {
                        if ($util.Long)
                            m.outboxIds[i] = $util.Long.fromValue(d.outboxIds[i], true);
                        else if (typeof d.outboxIds[i] === "string")
                            m.outboxIds[i] = $parseInt(d.outboxIds[i], 10);
                        else if (typeof d.outboxIds[i] === "number")
                            m.outboxIds[i] = d.outboxIds[i];
                        else if (typeof d.outboxIds[i] === "object")
                            m.outboxIds[i] = new $util.LongBits(d.outboxIds[i].low >>> 0, d.outboxIds[i].high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Ack
             * @static
             * @param {switchboard.v1.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.outboxIds = [];
                }
                if (m.outboxIds && m.outboxIds.length) {
                    d.outboxIds = $Array(m.outboxIds.length);
                    for (var j = 0; j < m.outboxIds.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.outboxIds[j] = typeof m.outboxIds[j] === "number" ? $BigInt(m.outboxIds[j]) : $util.Long.fromBits(m.outboxIds[j].low >>> 0, m.outboxIds[j].high >>> 0, true).toBigInt();
                        else if (typeof m.outboxIds[j] === "number")
                            d.outboxIds[j] = o.longs === $String ? $String(m.outboxIds[j]) : m.outboxIds[j];
                        else
                            d.outboxIds[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.outboxIds[j]) : o.longs === $Number ? new $util.LongBits(m.outboxIds[j].low >>> 0, m.outboxIds[j].high >>> 0).toNumber(true) : m.outboxIds[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof switchboard.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Ack";
            };

            return Ack;
        })();

        /**
         * CallPhase enum.
         * @name switchboard.v1.CallPhase
         * @enum {number}
         * @property {number} CALL_NEW=0 CALL_NEW value
         * @property {number} CALL_QUEUED=1 CALL_QUEUED value
         * @property {number} CALL_OFFERED=2 CALL_OFFERED value
         * @property {number} CALL_ANSWERED=3 CALL_ANSWERED value
         * @property {number} CALL_ENDED=4 CALL_ENDED value
         */
        v1.CallPhase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CALL_NEW"] = 0;
            values[valuesById[1] = "CALL_QUEUED"] = 1;
            values[valuesById[2] = "CALL_OFFERED"] = 2;
            values[valuesById[3] = "CALL_ANSWERED"] = 3;
            values[valuesById[4] = "CALL_ENDED"] = 4;
            return values;
        })();

        v1.CallStateEvent = (function() {

            /**
             * Properties of a CallStateEvent.
             * @typedef {Object} switchboard.v1.CallStateEvent.$Properties
             * @property {string|null} [tenantId] CallStateEvent tenantId
             * @property {string|null} [callId] CallStateEvent callId
             * @property {switchboard.v1.CallPhase|null} [phase] CallStateEvent phase
             * @property {string|null} [caller] CallStateEvent caller
             * @property {string|null} [callee] CallStateEvent callee
             * @property {string|null} [queueId] CallStateEvent queueId
             * @property {string|null} [agentId] CallStateEvent agentId
             * @property {number|null} [tsMs] CallStateEvent tsMs
             * @property {number|null} [startMs] CallStateEvent startMs
             * @property {Object.<string,string>|null} [data] CallStateEvent data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallStateEvent.
             * @memberof switchboard.v1
             * @interface ICallStateEvent
             * @augments switchboard.v1.CallStateEvent.$Properties
             * @deprecated Use switchboard.v1.CallStateEvent.$Properties instead.
             */

            /**
             * Shape of a CallStateEvent.
             * @typedef {switchboard.v1.CallStateEvent.$Properties} switchboard.v1.CallStateEvent.$Shape
             */

            /**
             * Constructs a new CallStateEvent.
             * @memberof switchboard.v1
             * @classdesc Represents a CallStateEvent.
             * @constructor
             * @param {switchboard.v1.CallStateEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallStateEvent = function (p) {
                this.data = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CallStateEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.tenantId = "";

            /**
             * CallStateEvent callId.
             * @member {string} callId
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.callId = "";

            /**
             * CallStateEvent phase.
             * @member {switchboard.v1.CallPhase} phase
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.phase = 0;

            /**
             * CallStateEvent caller.
             * @member {string} caller
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.caller = "";

            /**
             * CallStateEvent callee.
             * @member {string} callee
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.callee = "";

            /**
             * CallStateEvent queueId.
             * @member {string} queueId
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.queueId = "";

            /**
             * CallStateEvent agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.agentId = "";

            /**
             * CallStateEvent tsMs.
             * @member {number} tsMs
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CallStateEvent startMs.
             * @member {number} startMs
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.startMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CallStateEvent data.
             * @member {Object.<string,string>} data
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             */
            CallStateEvent.prototype.data = $util.emptyObject;

            /**
             * Creates a new CallStateEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {switchboard.v1.CallStateEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.CallStateEvent} CallStateEvent instance
             * @type {{
             *   (properties: switchboard.v1.CallStateEvent.$Shape): switchboard.v1.CallStateEvent & switchboard.v1.CallStateEvent.$Shape;
             *   (properties?: switchboard.v1.CallStateEvent.$Properties): switchboard.v1.CallStateEvent;
             * }}
             */
            CallStateEvent.create = function(properties) {
                return new CallStateEvent(properties);
            };

            /**
             * Encodes the specified CallStateEvent message. Does not implicitly {@link switchboard.v1.CallStateEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {switchboard.v1.CallStateEvent.$Properties} m CallStateEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallStateEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.callId);
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.phase);
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller") && m.caller !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.caller);
                if (m.callee != null && $Object.hasOwnProperty.call(m, "callee") && m.callee !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.callee);
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId") && m.queueId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.queueId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.agentId);
                if (m.tsMs != null && $Object.hasOwnProperty.call(m, "tsMs") && (typeof m.tsMs === "object" ? m.tsMs.low || m.tsMs.high : m.tsMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.tsMs);
                if (m.startMs != null && $Object.hasOwnProperty.call(m, "startMs") && (typeof m.startMs === "object" ? m.startMs.low || m.startMs.high : m.startMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.startMs);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    for (var ks = $Object.keys(m.data), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.data[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CallStateEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.CallStateEvent & switchboard.v1.CallStateEvent.$Shape} CallStateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallStateEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.CallStateEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.caller = v;
                            else
                                delete m.caller;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callee = v;
                            else
                                delete m.callee;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queueId = v;
                            else
                                delete m.queueId;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.tsMs = v;
                            else
                                delete m.tsMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startMs = v;
                            else
                                delete m.startMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (m.data === $util.emptyObject)
                                m.data = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.data, k);
                            m.data[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CallStateEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.CallStateEvent} CallStateEvent
             */
            CallStateEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.CallStateEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.CallStateEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.CallStateEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.phase !== 0 && (typeof d.phase !== "string" || $root.switchboard.v1.CallPhase[d.phase] !== 0)) {
                    switch (d.phase) {
                    case "CALL_NEW":
                    case 0:
                        m.phase = 0;
                        break;
                    case "CALL_QUEUED":
                    case 1:
                        m.phase = 1;
                        break;
                    case "CALL_OFFERED":
                    case 2:
                        m.phase = 2;
                        break;
                    case "CALL_ANSWERED":
                    case 3:
                        m.phase = 3;
                        break;
                    case "CALL_ENDED":
                    case 4:
                        m.phase = 4;
                        break;
                    default:
                        if (typeof d.phase === "number" && (d.phase | 0) === d.phase)
                            m.phase = d.phase;
                    }
                }
                if (d.caller != null) {
                    if (typeof d.caller !== "string" || d.caller.length) {
                        m.caller = $String(d.caller);
                    }
                }
                if (d.callee != null) {
                    if (typeof d.callee !== "string" || d.callee.length) {
                        m.callee = $String(d.callee);
                    }
                }
                if (d.queueId != null) {
                    if (typeof d.queueId !== "string" || d.queueId.length) {
                        m.queueId = $String(d.queueId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.tsMs != null) {
                    if (typeof d.tsMs === "object" ? d.tsMs.low || d.tsMs.high : $Number(d.tsMs) !== 0) {
                        if ($util.Long)
                            m.tsMs = $util.Long.fromValue(d.tsMs, false);
                        else if (typeof d.tsMs === "string")
                            m.tsMs = $parseInt(d.tsMs, 10);
                        else if (typeof d.tsMs === "number")
                            m.tsMs = d.tsMs;
                        else if (typeof d.tsMs === "object")
                            m.tsMs = new $util.LongBits(d.tsMs.low >>> 0, d.tsMs.high >>> 0).toNumber();
                    }
                }
                if (d.startMs != null) {
                    if (typeof d.startMs === "object" ? d.startMs.low || d.startMs.high : $Number(d.startMs) !== 0) {
                        if ($util.Long)
                            m.startMs = $util.Long.fromValue(d.startMs, false);
                        else if (typeof d.startMs === "string")
                            m.startMs = $parseInt(d.startMs, 10);
                        else if (typeof d.startMs === "number")
                            m.startMs = d.startMs;
                        else if (typeof d.startMs === "object")
                            m.startMs = new $util.LongBits(d.startMs.low >>> 0, d.startMs.high >>> 0).toNumber();
                    }
                }
                if (d.data) {
                    if (!$util.isObject(d.data))
                        throw $TypeError(".switchboard.v1.CallStateEvent.data: object expected");
                    m.data = {};
                    for (var ks = $Object.keys(d.data), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.data, ks[i]);
                        m.data[ks[i]] = $String(d.data[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CallStateEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {switchboard.v1.CallStateEvent} m CallStateEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CallStateEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.data = {};
                }
                if (o.defaults) {
                    d.tenantId = "";
                    d.callId = "";
                    d.phase = o.enums === $String ? "CALL_NEW" : 0;
                    d.caller = "";
                    d.callee = "";
                    d.queueId = "";
                    d.agentId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.tsMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.tsMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = o.enums === $String ? $root.switchboard.v1.CallPhase[m.phase] === $undefined ? m.phase : $root.switchboard.v1.CallPhase[m.phase] : m.phase;
                }
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller")) {
                    d.caller = m.caller;
                }
                if (m.callee != null && $Object.hasOwnProperty.call(m, "callee")) {
                    d.callee = m.callee;
                }
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId")) {
                    d.queueId = m.queueId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.tsMs != null && $Object.hasOwnProperty.call(m, "tsMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.tsMs = typeof m.tsMs === "number" ? $BigInt(m.tsMs) : $util.Long.fromBits(m.tsMs.low >>> 0, m.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof m.tsMs === "number")
                        d.tsMs = o.longs === $String ? $String(m.tsMs) : m.tsMs;
                    else
                        d.tsMs = o.longs === $String ? $util.Long.prototype.toString.call(m.tsMs) : o.longs === $Number ? new $util.LongBits(m.tsMs.low >>> 0, m.tsMs.high >>> 0).toNumber() : m.tsMs;
                }
                if (m.startMs != null && $Object.hasOwnProperty.call(m, "startMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startMs = typeof m.startMs === "number" ? $BigInt(m.startMs) : $util.Long.fromBits(m.startMs.low >>> 0, m.startMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startMs === "number")
                        d.startMs = o.longs === $String ? $String(m.startMs) : m.startMs;
                    else
                        d.startMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startMs) : o.longs === $Number ? new $util.LongBits(m.startMs.low >>> 0, m.startMs.high >>> 0).toNumber() : m.startMs;
                }
                var ks2;
                if (m.data && (ks2 = $Object.keys(m.data)).length) {
                    d.data = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.data, ks2[j]);
                        d.data[ks2[j]] = m.data[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this CallStateEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.CallStateEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CallStateEvent.prototype.toJSON = function() {
                return CallStateEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CallStateEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.CallStateEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CallStateEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.CallStateEvent";
            };

            return CallStateEvent;
        })();

        v1.AgentStateEvent = (function() {

            /**
             * Properties of an AgentStateEvent.
             * @typedef {Object} switchboard.v1.AgentStateEvent.$Properties
             * @property {string|null} [tenantId] AgentStateEvent tenantId
             * @property {string|null} [agentId] AgentStateEvent agentId
             * @property {switchboard.v1.AgentStatus|null} [status] AgentStateEvent status
             * @property {string|null} [reason] AgentStateEvent reason
             * @property {number|null} [sinceMs] AgentStateEvent sinceMs
             * @property {boolean|null} [registered] AgentStateEvent registered
             * @property {string|null} [callId] AgentStateEvent callId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentStateEvent.
             * @memberof switchboard.v1
             * @interface IAgentStateEvent
             * @augments switchboard.v1.AgentStateEvent.$Properties
             * @deprecated Use switchboard.v1.AgentStateEvent.$Properties instead.
             */

            /**
             * Shape of an AgentStateEvent.
             * @typedef {switchboard.v1.AgentStateEvent.$Properties} switchboard.v1.AgentStateEvent.$Shape
             */

            /**
             * Constructs a new AgentStateEvent.
             * @memberof switchboard.v1
             * @classdesc Represents an AgentStateEvent.
             * @constructor
             * @param {switchboard.v1.AgentStateEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentStateEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AgentStateEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.tenantId = "";

            /**
             * AgentStateEvent agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.agentId = "";

            /**
             * AgentStateEvent status.
             * @member {switchboard.v1.AgentStatus} status
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.status = 0;

            /**
             * AgentStateEvent reason.
             * @member {string} reason
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.reason = "";

            /**
             * AgentStateEvent sinceMs.
             * @member {number} sinceMs
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AgentStateEvent registered.
             * @member {boolean} registered
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.registered = false;

            /**
             * AgentStateEvent callId.
             * @member {string} callId
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             */
            AgentStateEvent.prototype.callId = "";

            /**
             * Creates a new AgentStateEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {switchboard.v1.AgentStateEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.AgentStateEvent} AgentStateEvent instance
             * @type {{
             *   (properties: switchboard.v1.AgentStateEvent.$Shape): switchboard.v1.AgentStateEvent & switchboard.v1.AgentStateEvent.$Shape;
             *   (properties?: switchboard.v1.AgentStateEvent.$Properties): switchboard.v1.AgentStateEvent;
             * }}
             */
            AgentStateEvent.create = function(properties) {
                return new AgentStateEvent(properties);
            };

            /**
             * Encodes the specified AgentStateEvent message. Does not implicitly {@link switchboard.v1.AgentStateEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {switchboard.v1.AgentStateEvent.$Properties} m AgentStateEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentStateEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs") && (typeof m.sinceMs === "object" ? m.sinceMs.low || m.sinceMs.high : m.sinceMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.sinceMs);
                if (m.registered != null && $Object.hasOwnProperty.call(m, "registered") && m.registered !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.registered);
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.callId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AgentStateEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentStateEvent & switchboard.v1.AgentStateEvent.$Shape} AgentStateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentStateEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.AgentStateEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sinceMs = v;
                            else
                                delete m.sinceMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.registered = v;
                            else
                                delete m.registered;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AgentStateEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.AgentStateEvent} AgentStateEvent
             */
            AgentStateEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.AgentStateEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.AgentStateEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.AgentStateEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.switchboard.v1.AgentStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "AGENT_LOGGED_OUT":
                    case 0:
                        m.status = 0;
                        break;
                    case "AGENT_READY":
                    case 1:
                        m.status = 1;
                        break;
                    case "AGENT_NOT_READY":
                    case 2:
                        m.status = 2;
                        break;
                    case "AGENT_RESERVED":
                    case 3:
                        m.status = 3;
                        break;
                    case "AGENT_RINGING":
                    case 4:
                        m.status = 4;
                        break;
                    case "AGENT_ON_CALL":
                    case 5:
                        m.status = 5;
                        break;
                    case "AGENT_WRAP_UP":
                    case 6:
                        m.status = 6;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.sinceMs != null) {
                    if (typeof d.sinceMs === "object" ? d.sinceMs.low || d.sinceMs.high : $Number(d.sinceMs) !== 0) {
                        if ($util.Long)
                            m.sinceMs = $util.Long.fromValue(d.sinceMs, false);
                        else if (typeof d.sinceMs === "string")
                            m.sinceMs = $parseInt(d.sinceMs, 10);
                        else if (typeof d.sinceMs === "number")
                            m.sinceMs = d.sinceMs;
                        else if (typeof d.sinceMs === "object")
                            m.sinceMs = new $util.LongBits(d.sinceMs.low >>> 0, d.sinceMs.high >>> 0).toNumber();
                    }
                }
                if (d.registered != null) {
                    if (d.registered) {
                        m.registered = $Boolean(d.registered);
                    }
                }
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AgentStateEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {switchboard.v1.AgentStateEvent} m AgentStateEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentStateEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.agentId = "";
                    d.status = o.enums === $String ? "AGENT_LOGGED_OUT" : 0;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sinceMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sinceMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.registered = false;
                    d.callId = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.switchboard.v1.AgentStatus[m.status] === $undefined ? m.status : $root.switchboard.v1.AgentStatus[m.status] : m.status;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sinceMs = typeof m.sinceMs === "number" ? $BigInt(m.sinceMs) : $util.Long.fromBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sinceMs === "number")
                        d.sinceMs = o.longs === $String ? $String(m.sinceMs) : m.sinceMs;
                    else
                        d.sinceMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceMs) : o.longs === $Number ? new $util.LongBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0).toNumber() : m.sinceMs;
                }
                if (m.registered != null && $Object.hasOwnProperty.call(m, "registered")) {
                    d.registered = m.registered;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                return d;
            };

            /**
             * Converts this AgentStateEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.AgentStateEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentStateEvent.prototype.toJSON = function() {
                return AgentStateEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentStateEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.AgentStateEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentStateEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.AgentStateEvent";
            };

            return AgentStateEvent;
        })();

        v1.QueueStatsEvent = (function() {

            /**
             * Properties of a QueueStatsEvent.
             * @typedef {Object} switchboard.v1.QueueStatsEvent.$Properties
             * @property {string|null} [tenantId] QueueStatsEvent tenantId
             * @property {string|null} [queueId] QueueStatsEvent queueId
             * @property {number|null} [waiting] QueueStatsEvent waiting
             * @property {number|null} [longestWaitS] QueueStatsEvent longestWaitS
             * @property {number|null} [agentsReady] QueueStatsEvent agentsReady
             * @property {number|null} [agentsBusy] QueueStatsEvent agentsBusy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueStatsEvent.
             * @memberof switchboard.v1
             * @interface IQueueStatsEvent
             * @augments switchboard.v1.QueueStatsEvent.$Properties
             * @deprecated Use switchboard.v1.QueueStatsEvent.$Properties instead.
             */

            /**
             * Shape of a QueueStatsEvent.
             * @typedef {switchboard.v1.QueueStatsEvent.$Properties} switchboard.v1.QueueStatsEvent.$Shape
             */

            /**
             * Constructs a new QueueStatsEvent.
             * @memberof switchboard.v1
             * @classdesc Represents a QueueStatsEvent.
             * @constructor
             * @param {switchboard.v1.QueueStatsEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueStatsEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * QueueStatsEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.tenantId = "";

            /**
             * QueueStatsEvent queueId.
             * @member {string} queueId
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.queueId = "";

            /**
             * QueueStatsEvent waiting.
             * @member {number} waiting
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.waiting = 0;

            /**
             * QueueStatsEvent longestWaitS.
             * @member {number} longestWaitS
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.longestWaitS = 0;

            /**
             * QueueStatsEvent agentsReady.
             * @member {number} agentsReady
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.agentsReady = 0;

            /**
             * QueueStatsEvent agentsBusy.
             * @member {number} agentsBusy
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             */
            QueueStatsEvent.prototype.agentsBusy = 0;

            /**
             * Creates a new QueueStatsEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {switchboard.v1.QueueStatsEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.QueueStatsEvent} QueueStatsEvent instance
             * @type {{
             *   (properties: switchboard.v1.QueueStatsEvent.$Shape): switchboard.v1.QueueStatsEvent & switchboard.v1.QueueStatsEvent.$Shape;
             *   (properties?: switchboard.v1.QueueStatsEvent.$Properties): switchboard.v1.QueueStatsEvent;
             * }}
             */
            QueueStatsEvent.create = function(properties) {
                return new QueueStatsEvent(properties);
            };

            /**
             * Encodes the specified QueueStatsEvent message. Does not implicitly {@link switchboard.v1.QueueStatsEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {switchboard.v1.QueueStatsEvent.$Properties} m QueueStatsEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueStatsEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId") && m.queueId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.queueId);
                if (m.waiting != null && $Object.hasOwnProperty.call(m, "waiting") && m.waiting !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.waiting);
                if (m.longestWaitS != null && $Object.hasOwnProperty.call(m, "longestWaitS") && m.longestWaitS !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.longestWaitS);
                if (m.agentsReady != null && $Object.hasOwnProperty.call(m, "agentsReady") && m.agentsReady !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.agentsReady);
                if (m.agentsBusy != null && $Object.hasOwnProperty.call(m, "agentsBusy") && m.agentsBusy !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.agentsBusy);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a QueueStatsEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.QueueStatsEvent & switchboard.v1.QueueStatsEvent.$Shape} QueueStatsEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueStatsEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.QueueStatsEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queueId = v;
                            else
                                delete m.queueId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.waiting = v;
                            else
                                delete m.waiting;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.longestWaitS = v;
                            else
                                delete m.longestWaitS;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.agentsReady = v;
                            else
                                delete m.agentsReady;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.agentsBusy = v;
                            else
                                delete m.agentsBusy;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a QueueStatsEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.QueueStatsEvent} QueueStatsEvent
             */
            QueueStatsEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.QueueStatsEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.QueueStatsEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.QueueStatsEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.queueId != null) {
                    if (typeof d.queueId !== "string" || d.queueId.length) {
                        m.queueId = $String(d.queueId);
                    }
                }
                if (d.waiting != null) {
                    if ($Number(d.waiting) !== 0) {
                        m.waiting = d.waiting >>> 0;
                    }
                }
                if (d.longestWaitS != null) {
                    if ($Number(d.longestWaitS) !== 0) {
                        m.longestWaitS = d.longestWaitS >>> 0;
                    }
                }
                if (d.agentsReady != null) {
                    if ($Number(d.agentsReady) !== 0) {
                        m.agentsReady = d.agentsReady >>> 0;
                    }
                }
                if (d.agentsBusy != null) {
                    if ($Number(d.agentsBusy) !== 0) {
                        m.agentsBusy = d.agentsBusy >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a QueueStatsEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {switchboard.v1.QueueStatsEvent} m QueueStatsEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueueStatsEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.queueId = "";
                    d.waiting = 0;
                    d.longestWaitS = 0;
                    d.agentsReady = 0;
                    d.agentsBusy = 0;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId")) {
                    d.queueId = m.queueId;
                }
                if (m.waiting != null && $Object.hasOwnProperty.call(m, "waiting")) {
                    d.waiting = m.waiting;
                }
                if (m.longestWaitS != null && $Object.hasOwnProperty.call(m, "longestWaitS")) {
                    d.longestWaitS = m.longestWaitS;
                }
                if (m.agentsReady != null && $Object.hasOwnProperty.call(m, "agentsReady")) {
                    d.agentsReady = m.agentsReady;
                }
                if (m.agentsBusy != null && $Object.hasOwnProperty.call(m, "agentsBusy")) {
                    d.agentsBusy = m.agentsBusy;
                }
                return d;
            };

            /**
             * Converts this QueueStatsEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.QueueStatsEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueueStatsEvent.prototype.toJSON = function() {
                return QueueStatsEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueueStatsEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.QueueStatsEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueueStatsEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.QueueStatsEvent";
            };

            return QueueStatsEvent;
        })();

        v1.RegistrationEvent = (function() {

            /**
             * Properties of a RegistrationEvent.
             * @typedef {Object} switchboard.v1.RegistrationEvent.$Properties
             * @property {string|null} [tenantId] RegistrationEvent tenantId
             * @property {string|null} [extension] RegistrationEvent extension
             * @property {string|null} [contact] RegistrationEvent contact
             * @property {number|null} [expires] RegistrationEvent expires
             * @property {string|null} [source] RegistrationEvent source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistrationEvent.
             * @memberof switchboard.v1
             * @interface IRegistrationEvent
             * @augments switchboard.v1.RegistrationEvent.$Properties
             * @deprecated Use switchboard.v1.RegistrationEvent.$Properties instead.
             */

            /**
             * Shape of a RegistrationEvent.
             * @typedef {switchboard.v1.RegistrationEvent.$Properties} switchboard.v1.RegistrationEvent.$Shape
             */

            /**
             * Constructs a new RegistrationEvent.
             * @memberof switchboard.v1
             * @classdesc Represents a RegistrationEvent.
             * @constructor
             * @param {switchboard.v1.RegistrationEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegistrationEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegistrationEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             */
            RegistrationEvent.prototype.tenantId = "";

            /**
             * RegistrationEvent extension.
             * @member {string} extension
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             */
            RegistrationEvent.prototype.extension = "";

            /**
             * RegistrationEvent contact.
             * @member {string} contact
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             */
            RegistrationEvent.prototype.contact = "";

            /**
             * RegistrationEvent expires.
             * @member {number} expires
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             */
            RegistrationEvent.prototype.expires = 0;

            /**
             * RegistrationEvent source.
             * @member {string} source
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             */
            RegistrationEvent.prototype.source = "";

            /**
             * Creates a new RegistrationEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {switchboard.v1.RegistrationEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.RegistrationEvent} RegistrationEvent instance
             * @type {{
             *   (properties: switchboard.v1.RegistrationEvent.$Shape): switchboard.v1.RegistrationEvent & switchboard.v1.RegistrationEvent.$Shape;
             *   (properties?: switchboard.v1.RegistrationEvent.$Properties): switchboard.v1.RegistrationEvent;
             * }}
             */
            RegistrationEvent.create = function(properties) {
                return new RegistrationEvent(properties);
            };

            /**
             * Encodes the specified RegistrationEvent message. Does not implicitly {@link switchboard.v1.RegistrationEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {switchboard.v1.RegistrationEvent.$Properties} m RegistrationEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension") && m.extension !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.extension);
                if (m.contact != null && $Object.hasOwnProperty.call(m, "contact") && m.contact !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.contact);
                if (m.expires != null && $Object.hasOwnProperty.call(m, "expires") && m.expires !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.expires);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.source);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RegistrationEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.RegistrationEvent & switchboard.v1.RegistrationEvent.$Shape} RegistrationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.RegistrationEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.extension = v;
                            else
                                delete m.extension;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.contact = v;
                            else
                                delete m.contact;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.expires = v;
                            else
                                delete m.expires;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RegistrationEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.RegistrationEvent} RegistrationEvent
             */
            RegistrationEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.RegistrationEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.RegistrationEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.RegistrationEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.extension != null) {
                    if (typeof d.extension !== "string" || d.extension.length) {
                        m.extension = $String(d.extension);
                    }
                }
                if (d.contact != null) {
                    if (typeof d.contact !== "string" || d.contact.length) {
                        m.contact = $String(d.contact);
                    }
                }
                if (d.expires != null) {
                    if ($Number(d.expires) !== 0) {
                        m.expires = d.expires >>> 0;
                    }
                }
                if (d.source != null) {
                    if (typeof d.source !== "string" || d.source.length) {
                        m.source = $String(d.source);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RegistrationEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {switchboard.v1.RegistrationEvent} m RegistrationEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistrationEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.extension = "";
                    d.contact = "";
                    d.expires = 0;
                    d.source = "";
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.extension != null && $Object.hasOwnProperty.call(m, "extension")) {
                    d.extension = m.extension;
                }
                if (m.contact != null && $Object.hasOwnProperty.call(m, "contact")) {
                    d.contact = m.contact;
                }
                if (m.expires != null && $Object.hasOwnProperty.call(m, "expires")) {
                    d.expires = m.expires;
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    d.source = m.source;
                }
                return d;
            };

            /**
             * Converts this RegistrationEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.RegistrationEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistrationEvent.prototype.toJSON = function() {
                return RegistrationEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistrationEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.RegistrationEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistrationEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.RegistrationEvent";
            };

            return RegistrationEvent;
        })();

        v1.SecurityEvent = (function() {

            /**
             * Properties of a SecurityEvent.
             * @typedef {Object} switchboard.v1.SecurityEvent.$Properties
             * @property {string|null} [tenantId] SecurityEvent tenantId
             * @property {string|null} [kind] SecurityEvent kind
             * @property {string|null} [source] SecurityEvent source
             * @property {string|null} [user] SecurityEvent user
             * @property {string|null} [detail] SecurityEvent detail
             * @property {number|null} [tsMs] SecurityEvent tsMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecurityEvent.
             * @memberof switchboard.v1
             * @interface ISecurityEvent
             * @augments switchboard.v1.SecurityEvent.$Properties
             * @deprecated Use switchboard.v1.SecurityEvent.$Properties instead.
             */

            /**
             * Shape of a SecurityEvent.
             * @typedef {switchboard.v1.SecurityEvent.$Properties} switchboard.v1.SecurityEvent.$Shape
             */

            /**
             * Constructs a new SecurityEvent.
             * @memberof switchboard.v1
             * @classdesc Represents a SecurityEvent.
             * @constructor
             * @param {switchboard.v1.SecurityEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecurityEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SecurityEvent tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.tenantId = "";

            /**
             * SecurityEvent kind.
             * @member {string} kind
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.kind = "";

            /**
             * SecurityEvent source.
             * @member {string} source
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.source = "";

            /**
             * SecurityEvent user.
             * @member {string} user
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.user = "";

            /**
             * SecurityEvent detail.
             * @member {string} detail
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.detail = "";

            /**
             * SecurityEvent tsMs.
             * @member {number} tsMs
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             */
            SecurityEvent.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SecurityEvent instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {switchboard.v1.SecurityEvent.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.SecurityEvent} SecurityEvent instance
             * @type {{
             *   (properties: switchboard.v1.SecurityEvent.$Shape): switchboard.v1.SecurityEvent & switchboard.v1.SecurityEvent.$Shape;
             *   (properties?: switchboard.v1.SecurityEvent.$Properties): switchboard.v1.SecurityEvent;
             * }}
             */
            SecurityEvent.create = function(properties) {
                return new SecurityEvent(properties);
            };

            /**
             * Encodes the specified SecurityEvent message. Does not implicitly {@link switchboard.v1.SecurityEvent.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {switchboard.v1.SecurityEvent.$Properties} m SecurityEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tenantId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.source);
                if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.user);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.detail);
                if (m.tsMs != null && $Object.hasOwnProperty.call(m, "tsMs") && (typeof m.tsMs === "object" ? m.tsMs.low || m.tsMs.high : m.tsMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.tsMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SecurityEvent message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.SecurityEvent & switchboard.v1.SecurityEvent.$Shape} SecurityEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.SecurityEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user = v;
                            else
                                delete m.user;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.tsMs = v;
                            else
                                delete m.tsMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SecurityEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.SecurityEvent} SecurityEvent
             */
            SecurityEvent.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.SecurityEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.SecurityEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.SecurityEvent();
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.source != null) {
                    if (typeof d.source !== "string" || d.source.length) {
                        m.source = $String(d.source);
                    }
                }
                if (d.user != null) {
                    if (typeof d.user !== "string" || d.user.length) {
                        m.user = $String(d.user);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                if (d.tsMs != null) {
                    if (typeof d.tsMs === "object" ? d.tsMs.low || d.tsMs.high : $Number(d.tsMs) !== 0) {
                        if ($util.Long)
                            m.tsMs = $util.Long.fromValue(d.tsMs, false);
                        else if (typeof d.tsMs === "string")
                            m.tsMs = $parseInt(d.tsMs, 10);
                        else if (typeof d.tsMs === "number")
                            m.tsMs = d.tsMs;
                        else if (typeof d.tsMs === "object")
                            m.tsMs = new $util.LongBits(d.tsMs.low >>> 0, d.tsMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SecurityEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {switchboard.v1.SecurityEvent} m SecurityEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SecurityEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.tenantId = "";
                    d.kind = "";
                    d.source = "";
                    d.user = "";
                    d.detail = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.tsMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.tsMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    d.source = m.source;
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                if (m.tsMs != null && $Object.hasOwnProperty.call(m, "tsMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.tsMs = typeof m.tsMs === "number" ? $BigInt(m.tsMs) : $util.Long.fromBits(m.tsMs.low >>> 0, m.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof m.tsMs === "number")
                        d.tsMs = o.longs === $String ? $String(m.tsMs) : m.tsMs;
                    else
                        d.tsMs = o.longs === $String ? $util.Long.prototype.toString.call(m.tsMs) : o.longs === $Number ? new $util.LongBits(m.tsMs.low >>> 0, m.tsMs.high >>> 0).toNumber() : m.tsMs;
                }
                return d;
            };

            /**
             * Converts this SecurityEvent to JSON.
             * @function toJSON
             * @memberof switchboard.v1.SecurityEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SecurityEvent.prototype.toJSON = function() {
                return SecurityEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SecurityEvent
             * @function getTypeUrl
             * @memberof switchboard.v1.SecurityEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecurityEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.SecurityEvent";
            };

            return SecurityEvent;
        })();

        v1.Cdr = (function() {

            /**
             * Properties of a Cdr.
             * @typedef {Object} switchboard.v1.Cdr.$Properties
             * @property {string|null} [callId] Cdr callId
             * @property {string|null} [tenantId] Cdr tenantId
             * @property {string|null} [sipCallId] Cdr sipCallId
             * @property {string|null} [direction] Cdr direction
             * @property {string|null} [caller] Cdr caller
             * @property {string|null} [callee] Cdr callee
             * @property {number|null} [startMs] Cdr startMs
             * @property {number|null} [answerMs] Cdr answerMs
             * @property {number|null} [endMs] Cdr endMs
             * @property {string|null} [queueId] Cdr queueId
             * @property {number|null} [queueWaitMs] Cdr queueWaitMs
             * @property {string|null} [agentId] Cdr agentId
             * @property {string|null} [hangupCause] Cdr hangupCause
             * @property {string|null} [hangupSide] Cdr hangupSide
             * @property {string|null} [recordingPath] Cdr recordingPath
             * @property {number|null} [sipStatus] Cdr sipStatus
             * @property {number|null} [mos] Cdr mos
             * @property {string|null} [ivrFlow] Cdr ivrFlow
             * @property {boolean|null} [ivrServed] Cdr ivrServed
             * @property {Object.<string,string>|null} [vars] Cdr vars
             * @property {string|null} [trunkId] Cdr trunkId
             * @property {switchboard.v1.LegQuality.$Properties|null} [customerQuality] Cdr customerQuality
             * @property {switchboard.v1.LegQuality.$Properties|null} [agentQuality] Cdr agentQuality
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cdr.
             * @memberof switchboard.v1
             * @interface ICdr
             * @augments switchboard.v1.Cdr.$Properties
             * @deprecated Use switchboard.v1.Cdr.$Properties instead.
             */

            /**
             * Shape of a Cdr.
             * @typedef {switchboard.v1.Cdr.$Properties} switchboard.v1.Cdr.$Shape
             */

            /**
             * Constructs a new Cdr.
             * @memberof switchboard.v1
             * @classdesc Represents a Cdr.
             * @constructor
             * @param {switchboard.v1.Cdr.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cdr = function (p) {
                this.vars = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Cdr callId.
             * @member {string} callId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.callId = "";

            /**
             * Cdr tenantId.
             * @member {string} tenantId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.tenantId = "";

            /**
             * Cdr sipCallId.
             * @member {string} sipCallId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.sipCallId = "";

            /**
             * Cdr direction.
             * @member {string} direction
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.direction = "";

            /**
             * Cdr caller.
             * @member {string} caller
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.caller = "";

            /**
             * Cdr callee.
             * @member {string} callee
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.callee = "";

            /**
             * Cdr startMs.
             * @member {number} startMs
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.startMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cdr answerMs.
             * @member {number} answerMs
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.answerMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cdr endMs.
             * @member {number} endMs
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.endMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cdr queueId.
             * @member {string} queueId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.queueId = "";

            /**
             * Cdr queueWaitMs.
             * @member {number} queueWaitMs
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.queueWaitMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cdr agentId.
             * @member {string} agentId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.agentId = "";

            /**
             * Cdr hangupCause.
             * @member {string} hangupCause
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.hangupCause = "";

            /**
             * Cdr hangupSide.
             * @member {string} hangupSide
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.hangupSide = "";

            /**
             * Cdr recordingPath.
             * @member {string} recordingPath
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.recordingPath = "";

            /**
             * Cdr sipStatus.
             * @member {number} sipStatus
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.sipStatus = 0;

            /**
             * Cdr mos.
             * @member {number} mos
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.mos = 0;

            /**
             * Cdr ivrFlow.
             * @member {string} ivrFlow
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.ivrFlow = "";

            /**
             * Cdr ivrServed.
             * @member {boolean} ivrServed
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.ivrServed = false;

            /**
             * Cdr vars.
             * @member {Object.<string,string>} vars
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.vars = $util.emptyObject;

            /**
             * Cdr trunkId.
             * @member {string} trunkId
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.trunkId = "";

            /**
             * Cdr customerQuality.
             * @member {switchboard.v1.LegQuality.$Properties|null|undefined} customerQuality
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.customerQuality = null;

            /**
             * Cdr agentQuality.
             * @member {switchboard.v1.LegQuality.$Properties|null|undefined} agentQuality
             * @memberof switchboard.v1.Cdr
             * @instance
             */
            Cdr.prototype.agentQuality = null;

            /**
             * Creates a new Cdr instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {switchboard.v1.Cdr.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.Cdr} Cdr instance
             * @type {{
             *   (properties: switchboard.v1.Cdr.$Shape): switchboard.v1.Cdr & switchboard.v1.Cdr.$Shape;
             *   (properties?: switchboard.v1.Cdr.$Properties): switchboard.v1.Cdr;
             * }}
             */
            Cdr.create = function(properties) {
                return new Cdr(properties);
            };

            /**
             * Encodes the specified Cdr message. Does not implicitly {@link switchboard.v1.Cdr.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {switchboard.v1.Cdr.$Properties} m Cdr message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cdr.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.callId);
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId") && m.tenantId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.tenantId);
                if (m.sipCallId != null && $Object.hasOwnProperty.call(m, "sipCallId") && m.sipCallId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sipCallId);
                if (m.direction != null && $Object.hasOwnProperty.call(m, "direction") && m.direction !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.direction);
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller") && m.caller !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.caller);
                if (m.callee != null && $Object.hasOwnProperty.call(m, "callee") && m.callee !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.callee);
                if (m.startMs != null && $Object.hasOwnProperty.call(m, "startMs") && (typeof m.startMs === "object" ? m.startMs.low || m.startMs.high : m.startMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.startMs);
                if (m.answerMs != null && $Object.hasOwnProperty.call(m, "answerMs") && (typeof m.answerMs === "object" ? m.answerMs.low || m.answerMs.high : m.answerMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.answerMs);
                if (m.endMs != null && $Object.hasOwnProperty.call(m, "endMs") && (typeof m.endMs === "object" ? m.endMs.low || m.endMs.high : m.endMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.endMs);
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId") && m.queueId !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.queueId);
                if (m.queueWaitMs != null && $Object.hasOwnProperty.call(m, "queueWaitMs") && (typeof m.queueWaitMs === "object" ? m.queueWaitMs.low || m.queueWaitMs.high : m.queueWaitMs !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.queueWaitMs);
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId") && m.agentId !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.agentId);
                if (m.hangupCause != null && $Object.hasOwnProperty.call(m, "hangupCause") && m.hangupCause !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.hangupCause);
                if (m.hangupSide != null && $Object.hasOwnProperty.call(m, "hangupSide") && m.hangupSide !== "")
                    w.uint32(/* id 14, wireType 2 =*/114).string(m.hangupSide);
                if (m.recordingPath != null && $Object.hasOwnProperty.call(m, "recordingPath") && m.recordingPath !== "")
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.recordingPath);
                if (m.sipStatus != null && $Object.hasOwnProperty.call(m, "sipStatus") && m.sipStatus !== 0)
                    w.uint32(/* id 16, wireType 0 =*/128).uint32(m.sipStatus);
                if (m.mos != null && $Object.hasOwnProperty.call(m, "mos") && !$Object.is(m.mos, 0))
                    w.uint32(/* id 17, wireType 1 =*/137).double(m.mos);
                if (m.ivrFlow != null && $Object.hasOwnProperty.call(m, "ivrFlow") && m.ivrFlow !== "")
                    w.uint32(/* id 18, wireType 2 =*/146).string(m.ivrFlow);
                if (m.ivrServed != null && $Object.hasOwnProperty.call(m, "ivrServed") && m.ivrServed !== false)
                    w.uint32(/* id 19, wireType 0 =*/152).bool(m.ivrServed);
                if (m.vars != null && $Object.hasOwnProperty.call(m, "vars")) {
                    for (var ks = $Object.keys(m.vars), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 20, wireType 2 =*/162).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.vars[ks[i]]).ldelim();
                    }
                }
                if (m.trunkId != null && $Object.hasOwnProperty.call(m, "trunkId") && m.trunkId !== "")
                    w.uint32(/* id 21, wireType 2 =*/170).string(m.trunkId);
                if (m.customerQuality != null && $Object.hasOwnProperty.call(m, "customerQuality"))
                    $root.switchboard.v1.LegQuality.encode(m.customerQuality, w.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (m.agentQuality != null && $Object.hasOwnProperty.call(m, "agentQuality"))
                    $root.switchboard.v1.LegQuality.encode(m.agentQuality, w.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Cdr message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.Cdr & switchboard.v1.Cdr.$Shape} Cdr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cdr.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.Cdr();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callId = v;
                            else
                                delete m.callId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tenantId = v;
                            else
                                delete m.tenantId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sipCallId = v;
                            else
                                delete m.sipCallId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.direction = v;
                            else
                                delete m.direction;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.caller = v;
                            else
                                delete m.caller;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.callee = v;
                            else
                                delete m.callee;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startMs = v;
                            else
                                delete m.startMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.answerMs = v;
                            else
                                delete m.answerMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.endMs = v;
                            else
                                delete m.endMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queueId = v;
                            else
                                delete m.queueId;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.queueWaitMs = v;
                            else
                                delete m.queueWaitMs;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentId = v;
                            else
                                delete m.agentId;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hangupCause = v;
                            else
                                delete m.hangupCause;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hangupSide = v;
                            else
                                delete m.hangupSide;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.recordingPath = v;
                            else
                                delete m.recordingPath;
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sipStatus = v;
                            else
                                delete m.sipStatus;
                            continue;
                        }
                    case 17: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.mos = v;
                            else
                                delete m.mos;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ivrFlow = v;
                            else
                                delete m.ivrFlow;
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ivrServed = v;
                            else
                                delete m.ivrServed;
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            if (m.vars === $util.emptyObject)
                                m.vars = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.vars, k);
                            m.vars[k] = v;
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.trunkId = v;
                            else
                                delete m.trunkId;
                            continue;
                        }
                    case 30: {
                            if (u !== 2)
                                break;
                            m.customerQuality = $root.switchboard.v1.LegQuality.decode(r, r.size(), $undefined, q + 1, m.customerQuality);
                            continue;
                        }
                    case 31: {
                            if (u !== 2)
                                break;
                            m.agentQuality = $root.switchboard.v1.LegQuality.decode(r, r.size(), $undefined, q + 1, m.agentQuality);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Cdr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.Cdr} Cdr
             */
            Cdr.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.Cdr)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.Cdr: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.Cdr();
                if (d.callId != null) {
                    if (typeof d.callId !== "string" || d.callId.length) {
                        m.callId = $String(d.callId);
                    }
                }
                if (d.tenantId != null) {
                    if (typeof d.tenantId !== "string" || d.tenantId.length) {
                        m.tenantId = $String(d.tenantId);
                    }
                }
                if (d.sipCallId != null) {
                    if (typeof d.sipCallId !== "string" || d.sipCallId.length) {
                        m.sipCallId = $String(d.sipCallId);
                    }
                }
                if (d.direction != null) {
                    if (typeof d.direction !== "string" || d.direction.length) {
                        m.direction = $String(d.direction);
                    }
                }
                if (d.caller != null) {
                    if (typeof d.caller !== "string" || d.caller.length) {
                        m.caller = $String(d.caller);
                    }
                }
                if (d.callee != null) {
                    if (typeof d.callee !== "string" || d.callee.length) {
                        m.callee = $String(d.callee);
                    }
                }
                if (d.startMs != null) {
                    if (typeof d.startMs === "object" ? d.startMs.low || d.startMs.high : $Number(d.startMs) !== 0) {
                        if ($util.Long)
                            m.startMs = $util.Long.fromValue(d.startMs, false);
                        else if (typeof d.startMs === "string")
                            m.startMs = $parseInt(d.startMs, 10);
                        else if (typeof d.startMs === "number")
                            m.startMs = d.startMs;
                        else if (typeof d.startMs === "object")
                            m.startMs = new $util.LongBits(d.startMs.low >>> 0, d.startMs.high >>> 0).toNumber();
                    }
                }
                if (d.answerMs != null) {
                    if (typeof d.answerMs === "object" ? d.answerMs.low || d.answerMs.high : $Number(d.answerMs) !== 0) {
                        if ($util.Long)
                            m.answerMs = $util.Long.fromValue(d.answerMs, false);
                        else if (typeof d.answerMs === "string")
                            m.answerMs = $parseInt(d.answerMs, 10);
                        else if (typeof d.answerMs === "number")
                            m.answerMs = d.answerMs;
                        else if (typeof d.answerMs === "object")
                            m.answerMs = new $util.LongBits(d.answerMs.low >>> 0, d.answerMs.high >>> 0).toNumber();
                    }
                }
                if (d.endMs != null) {
                    if (typeof d.endMs === "object" ? d.endMs.low || d.endMs.high : $Number(d.endMs) !== 0) {
                        if ($util.Long)
                            m.endMs = $util.Long.fromValue(d.endMs, false);
                        else if (typeof d.endMs === "string")
                            m.endMs = $parseInt(d.endMs, 10);
                        else if (typeof d.endMs === "number")
                            m.endMs = d.endMs;
                        else if (typeof d.endMs === "object")
                            m.endMs = new $util.LongBits(d.endMs.low >>> 0, d.endMs.high >>> 0).toNumber();
                    }
                }
                if (d.queueId != null) {
                    if (typeof d.queueId !== "string" || d.queueId.length) {
                        m.queueId = $String(d.queueId);
                    }
                }
                if (d.queueWaitMs != null) {
                    if (typeof d.queueWaitMs === "object" ? d.queueWaitMs.low || d.queueWaitMs.high : $Number(d.queueWaitMs) !== 0) {
                        if ($util.Long)
                            m.queueWaitMs = $util.Long.fromValue(d.queueWaitMs, false);
                        else if (typeof d.queueWaitMs === "string")
                            m.queueWaitMs = $parseInt(d.queueWaitMs, 10);
                        else if (typeof d.queueWaitMs === "number")
                            m.queueWaitMs = d.queueWaitMs;
                        else if (typeof d.queueWaitMs === "object")
                            m.queueWaitMs = new $util.LongBits(d.queueWaitMs.low >>> 0, d.queueWaitMs.high >>> 0).toNumber();
                    }
                }
                if (d.agentId != null) {
                    if (typeof d.agentId !== "string" || d.agentId.length) {
                        m.agentId = $String(d.agentId);
                    }
                }
                if (d.hangupCause != null) {
                    if (typeof d.hangupCause !== "string" || d.hangupCause.length) {
                        m.hangupCause = $String(d.hangupCause);
                    }
                }
                if (d.hangupSide != null) {
                    if (typeof d.hangupSide !== "string" || d.hangupSide.length) {
                        m.hangupSide = $String(d.hangupSide);
                    }
                }
                if (d.recordingPath != null) {
                    if (typeof d.recordingPath !== "string" || d.recordingPath.length) {
                        m.recordingPath = $String(d.recordingPath);
                    }
                }
                if (d.sipStatus != null) {
                    if ($Number(d.sipStatus) !== 0) {
                        m.sipStatus = d.sipStatus >>> 0;
                    }
                }
                if (d.mos != null) {
                    if (!$Object.is($Number(d.mos), 0)) {
                        m.mos = $Number(d.mos);
                    }
                }
                if (d.ivrFlow != null) {
                    if (typeof d.ivrFlow !== "string" || d.ivrFlow.length) {
                        m.ivrFlow = $String(d.ivrFlow);
                    }
                }
                if (d.ivrServed != null) {
                    if (d.ivrServed) {
                        m.ivrServed = $Boolean(d.ivrServed);
                    }
                }
                if (d.vars) {
                    if (!$util.isObject(d.vars))
                        throw $TypeError(".switchboard.v1.Cdr.vars: object expected");
                    m.vars = {};
                    for (var ks = $Object.keys(d.vars), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.vars, ks[i]);
                        m.vars[ks[i]] = $String(d.vars[ks[i]]);
                    }
                }
                if (d.trunkId != null) {
                    if (typeof d.trunkId !== "string" || d.trunkId.length) {
                        m.trunkId = $String(d.trunkId);
                    }
                }
                if (d.customerQuality != null) {
                    if (!$util.isObject(d.customerQuality))
                        throw $TypeError(".switchboard.v1.Cdr.customerQuality: object expected");
                    m.customerQuality = $root.switchboard.v1.LegQuality.fromObject(d.customerQuality, q + 1);
                }
                if (d.agentQuality != null) {
                    if (!$util.isObject(d.agentQuality))
                        throw $TypeError(".switchboard.v1.Cdr.agentQuality: object expected");
                    m.agentQuality = $root.switchboard.v1.LegQuality.fromObject(d.agentQuality, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Cdr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {switchboard.v1.Cdr} m Cdr
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cdr.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.vars = {};
                }
                if (o.defaults) {
                    d.callId = "";
                    d.tenantId = "";
                    d.sipCallId = "";
                    d.direction = "";
                    d.caller = "";
                    d.callee = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.answerMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.answerMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.endMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.endMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.queueId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.queueWaitMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.queueWaitMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.agentId = "";
                    d.hangupCause = "";
                    d.hangupSide = "";
                    d.recordingPath = "";
                    d.sipStatus = 0;
                    d.mos = 0;
                    d.ivrFlow = "";
                    d.ivrServed = false;
                    d.trunkId = "";
                    d.customerQuality = null;
                    d.agentQuality = null;
                }
                if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                    d.callId = m.callId;
                }
                if (m.tenantId != null && $Object.hasOwnProperty.call(m, "tenantId")) {
                    d.tenantId = m.tenantId;
                }
                if (m.sipCallId != null && $Object.hasOwnProperty.call(m, "sipCallId")) {
                    d.sipCallId = m.sipCallId;
                }
                if (m.direction != null && $Object.hasOwnProperty.call(m, "direction")) {
                    d.direction = m.direction;
                }
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller")) {
                    d.caller = m.caller;
                }
                if (m.callee != null && $Object.hasOwnProperty.call(m, "callee")) {
                    d.callee = m.callee;
                }
                if (m.startMs != null && $Object.hasOwnProperty.call(m, "startMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startMs = typeof m.startMs === "number" ? $BigInt(m.startMs) : $util.Long.fromBits(m.startMs.low >>> 0, m.startMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startMs === "number")
                        d.startMs = o.longs === $String ? $String(m.startMs) : m.startMs;
                    else
                        d.startMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startMs) : o.longs === $Number ? new $util.LongBits(m.startMs.low >>> 0, m.startMs.high >>> 0).toNumber() : m.startMs;
                }
                if (m.answerMs != null && $Object.hasOwnProperty.call(m, "answerMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.answerMs = typeof m.answerMs === "number" ? $BigInt(m.answerMs) : $util.Long.fromBits(m.answerMs.low >>> 0, m.answerMs.high >>> 0, false).toBigInt();
                    else if (typeof m.answerMs === "number")
                        d.answerMs = o.longs === $String ? $String(m.answerMs) : m.answerMs;
                    else
                        d.answerMs = o.longs === $String ? $util.Long.prototype.toString.call(m.answerMs) : o.longs === $Number ? new $util.LongBits(m.answerMs.low >>> 0, m.answerMs.high >>> 0).toNumber() : m.answerMs;
                }
                if (m.endMs != null && $Object.hasOwnProperty.call(m, "endMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.endMs = typeof m.endMs === "number" ? $BigInt(m.endMs) : $util.Long.fromBits(m.endMs.low >>> 0, m.endMs.high >>> 0, false).toBigInt();
                    else if (typeof m.endMs === "number")
                        d.endMs = o.longs === $String ? $String(m.endMs) : m.endMs;
                    else
                        d.endMs = o.longs === $String ? $util.Long.prototype.toString.call(m.endMs) : o.longs === $Number ? new $util.LongBits(m.endMs.low >>> 0, m.endMs.high >>> 0).toNumber() : m.endMs;
                }
                if (m.queueId != null && $Object.hasOwnProperty.call(m, "queueId")) {
                    d.queueId = m.queueId;
                }
                if (m.queueWaitMs != null && $Object.hasOwnProperty.call(m, "queueWaitMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.queueWaitMs = typeof m.queueWaitMs === "number" ? $BigInt(m.queueWaitMs) : $util.Long.fromBits(m.queueWaitMs.low >>> 0, m.queueWaitMs.high >>> 0, false).toBigInt();
                    else if (typeof m.queueWaitMs === "number")
                        d.queueWaitMs = o.longs === $String ? $String(m.queueWaitMs) : m.queueWaitMs;
                    else
                        d.queueWaitMs = o.longs === $String ? $util.Long.prototype.toString.call(m.queueWaitMs) : o.longs === $Number ? new $util.LongBits(m.queueWaitMs.low >>> 0, m.queueWaitMs.high >>> 0).toNumber() : m.queueWaitMs;
                }
                if (m.agentId != null && $Object.hasOwnProperty.call(m, "agentId")) {
                    d.agentId = m.agentId;
                }
                if (m.hangupCause != null && $Object.hasOwnProperty.call(m, "hangupCause")) {
                    d.hangupCause = m.hangupCause;
                }
                if (m.hangupSide != null && $Object.hasOwnProperty.call(m, "hangupSide")) {
                    d.hangupSide = m.hangupSide;
                }
                if (m.recordingPath != null && $Object.hasOwnProperty.call(m, "recordingPath")) {
                    d.recordingPath = m.recordingPath;
                }
                if (m.sipStatus != null && $Object.hasOwnProperty.call(m, "sipStatus")) {
                    d.sipStatus = m.sipStatus;
                }
                if (m.mos != null && $Object.hasOwnProperty.call(m, "mos")) {
                    d.mos = o.json && !$isFinite(m.mos) ? $String(m.mos) : m.mos;
                }
                if (m.ivrFlow != null && $Object.hasOwnProperty.call(m, "ivrFlow")) {
                    d.ivrFlow = m.ivrFlow;
                }
                if (m.ivrServed != null && $Object.hasOwnProperty.call(m, "ivrServed")) {
                    d.ivrServed = m.ivrServed;
                }
                var ks2;
                if (m.vars && (ks2 = $Object.keys(m.vars)).length) {
                    d.vars = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.vars, ks2[j]);
                        d.vars[ks2[j]] = m.vars[ks2[j]];
                    }
                }
                if (m.trunkId != null && $Object.hasOwnProperty.call(m, "trunkId")) {
                    d.trunkId = m.trunkId;
                }
                if (m.customerQuality != null && $Object.hasOwnProperty.call(m, "customerQuality")) {
                    d.customerQuality = $root.switchboard.v1.LegQuality.toObject(m.customerQuality, o, q + 1);
                }
                if (m.agentQuality != null && $Object.hasOwnProperty.call(m, "agentQuality")) {
                    d.agentQuality = $root.switchboard.v1.LegQuality.toObject(m.agentQuality, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Cdr to JSON.
             * @function toJSON
             * @memberof switchboard.v1.Cdr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cdr.prototype.toJSON = function() {
                return Cdr.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cdr
             * @function getTypeUrl
             * @memberof switchboard.v1.Cdr
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cdr.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.Cdr";
            };

            return Cdr;
        })();

        v1.LegQuality = (function() {

            /**
             * Properties of a LegQuality.
             * @typedef {Object} switchboard.v1.LegQuality.$Properties
             * @property {number|null} [jitterMs] LegQuality jitterMs
             * @property {number|null} [lost] LegQuality lost
             * @property {number|null} [lossFraction] LegQuality lossFraction
             * @property {number|null} [rttMs] LegQuality rttMs
             * @property {string|null} [rttSource] LegQuality rttSource
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LegQuality.
             * @memberof switchboard.v1
             * @interface ILegQuality
             * @augments switchboard.v1.LegQuality.$Properties
             * @deprecated Use switchboard.v1.LegQuality.$Properties instead.
             */

            /**
             * Shape of a LegQuality.
             * @typedef {switchboard.v1.LegQuality.$Properties} switchboard.v1.LegQuality.$Shape
             */

            /**
             * Constructs a new LegQuality.
             * @memberof switchboard.v1
             * @classdesc Represents a LegQuality.
             * @constructor
             * @param {switchboard.v1.LegQuality.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LegQuality = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LegQuality jitterMs.
             * @member {number} jitterMs
             * @memberof switchboard.v1.LegQuality
             * @instance
             */
            LegQuality.prototype.jitterMs = 0;

            /**
             * LegQuality lost.
             * @member {number} lost
             * @memberof switchboard.v1.LegQuality
             * @instance
             */
            LegQuality.prototype.lost = 0;

            /**
             * LegQuality lossFraction.
             * @member {number} lossFraction
             * @memberof switchboard.v1.LegQuality
             * @instance
             */
            LegQuality.prototype.lossFraction = 0;

            /**
             * LegQuality rttMs.
             * @member {number} rttMs
             * @memberof switchboard.v1.LegQuality
             * @instance
             */
            LegQuality.prototype.rttMs = 0;

            /**
             * LegQuality rttSource.
             * @member {string} rttSource
             * @memberof switchboard.v1.LegQuality
             * @instance
             */
            LegQuality.prototype.rttSource = "";

            /**
             * Creates a new LegQuality instance using the specified properties.
             * @function create
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {switchboard.v1.LegQuality.$Properties=} [properties] Properties to set
             * @returns {switchboard.v1.LegQuality} LegQuality instance
             * @type {{
             *   (properties: switchboard.v1.LegQuality.$Shape): switchboard.v1.LegQuality & switchboard.v1.LegQuality.$Shape;
             *   (properties?: switchboard.v1.LegQuality.$Properties): switchboard.v1.LegQuality;
             * }}
             */
            LegQuality.create = function(properties) {
                return new LegQuality(properties);
            };

            /**
             * Encodes the specified LegQuality message. Does not implicitly {@link switchboard.v1.LegQuality.verify|verify} messages.
             * @function encode
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {switchboard.v1.LegQuality.$Properties} m LegQuality message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LegQuality.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.jitterMs != null && $Object.hasOwnProperty.call(m, "jitterMs") && !$Object.is(m.jitterMs, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.jitterMs);
                if (m.lost != null && $Object.hasOwnProperty.call(m, "lost") && m.lost !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.lost);
                if (m.lossFraction != null && $Object.hasOwnProperty.call(m, "lossFraction") && !$Object.is(m.lossFraction, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.lossFraction);
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs") && !$Object.is(m.rttMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.rttMs);
                if (m.rttSource != null && $Object.hasOwnProperty.call(m, "rttSource") && m.rttSource !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.rttSource);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LegQuality message from the specified reader or buffer.
             * @function decode
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {switchboard.v1.LegQuality & switchboard.v1.LegQuality.$Shape} LegQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LegQuality.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.switchboard.v1.LegQuality();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.jitterMs = v;
                            else
                                delete m.jitterMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.lost = v;
                            else
                                delete m.lost;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lossFraction = v;
                            else
                                delete m.lossFraction;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.rttMs = v;
                            else
                                delete m.rttMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rttSource = v;
                            else
                                delete m.rttSource;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LegQuality message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {switchboard.v1.LegQuality} LegQuality
             */
            LegQuality.fromObject = function (d, q) {
                if (d instanceof $root.switchboard.v1.LegQuality)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".switchboard.v1.LegQuality: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.switchboard.v1.LegQuality();
                if (d.jitterMs != null) {
                    if (!$Object.is($Number(d.jitterMs), 0)) {
                        m.jitterMs = $Number(d.jitterMs);
                    }
                }
                if (d.lost != null) {
                    if ($Number(d.lost) !== 0) {
                        m.lost = d.lost >>> 0;
                    }
                }
                if (d.lossFraction != null) {
                    if (!$Object.is($Number(d.lossFraction), 0)) {
                        m.lossFraction = $Number(d.lossFraction);
                    }
                }
                if (d.rttMs != null) {
                    if (!$Object.is($Number(d.rttMs), 0)) {
                        m.rttMs = $Number(d.rttMs);
                    }
                }
                if (d.rttSource != null) {
                    if (typeof d.rttSource !== "string" || d.rttSource.length) {
                        m.rttSource = $String(d.rttSource);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LegQuality message. Also converts values to other types if specified.
             * @function toObject
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {switchboard.v1.LegQuality} m LegQuality
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LegQuality.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.jitterMs = 0;
                    d.lost = 0;
                    d.lossFraction = 0;
                    d.rttMs = 0;
                    d.rttSource = "";
                }
                if (m.jitterMs != null && $Object.hasOwnProperty.call(m, "jitterMs")) {
                    d.jitterMs = o.json && !$isFinite(m.jitterMs) ? $String(m.jitterMs) : m.jitterMs;
                }
                if (m.lost != null && $Object.hasOwnProperty.call(m, "lost")) {
                    d.lost = m.lost;
                }
                if (m.lossFraction != null && $Object.hasOwnProperty.call(m, "lossFraction")) {
                    d.lossFraction = o.json && !$isFinite(m.lossFraction) ? $String(m.lossFraction) : m.lossFraction;
                }
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs")) {
                    d.rttMs = o.json && !$isFinite(m.rttMs) ? $String(m.rttMs) : m.rttMs;
                }
                if (m.rttSource != null && $Object.hasOwnProperty.call(m, "rttSource")) {
                    d.rttSource = m.rttSource;
                }
                return d;
            };

            /**
             * Converts this LegQuality to JSON.
             * @function toJSON
             * @memberof switchboard.v1.LegQuality
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LegQuality.prototype.toJSON = function() {
                return LegQuality.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LegQuality
             * @function getTypeUrl
             * @memberof switchboard.v1.LegQuality
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LegQuality.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/switchboard.v1.LegQuality";
            };

            return LegQuality;
        })();

        return v1;
    })();

    return switchboard;
})();

export {
  $root as default
};
