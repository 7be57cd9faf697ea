import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace switchboard. */
export namespace switchboard {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use switchboard.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends switchboard.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope seq. */
            seq: number;

            /** Envelope replyTo. */
            replyTo: number;

            /** Envelope hello. */
            hello?: (switchboard.v1.Hello.$Properties|null);

            /** Envelope config. */
            config?: (switchboard.v1.ConfigSnapshot.$Properties|null);

            /** Envelope command. */
            command?: (switchboard.v1.Command.$Properties|null);

            /** Envelope result. */
            result?: (switchboard.v1.CommandResult.$Properties|null);

            /** Envelope event. */
            event?: (switchboard.v1.Event.$Properties|null);

            /** Envelope ack. */
            ack?: (switchboard.v1.Ack.$Properties|null);

            /** Envelope body. */
            body?: ("hello"|"config"|"command"|"result"|"event"|"ack");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: switchboard.v1.Envelope.$Shape): switchboard.v1.Envelope & switchboard.v1.Envelope.$Shape;
            static create(properties?: switchboard.v1.Envelope.$Properties): switchboard.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link switchboard.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Envelope & switchboard.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Envelope & switchboard.v1.Envelope.$Shape;

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope seq */
                seq?: (number|null);

                /** Envelope replyTo */
                replyTo?: (number|null);

                /** Envelope hello */
                hello?: (switchboard.v1.Hello.$Properties|null);

                /** Envelope config */
                config?: (switchboard.v1.ConfigSnapshot.$Properties|null);

                /** Envelope command */
                command?: (switchboard.v1.Command.$Properties|null);

                /** Envelope result */
                result?: (switchboard.v1.CommandResult.$Properties|null);

                /** Envelope event */
                event?: (switchboard.v1.Event.$Properties|null);

                /** Envelope ack */
                ack?: (switchboard.v1.Ack.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"config"|"command"|"result"|"event"|"ack");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              seq?: number|null;
              replyTo?: number|null;
              hello?: switchboard.v1.Hello.$Shape|null;
              config?: switchboard.v1.ConfigSnapshot.$Shape|null;
              command?: switchboard.v1.Command.$Shape|null;
              result?: switchboard.v1.CommandResult.$Shape|null;
              event?: switchboard.v1.Event.$Shape|null;
              ack?: switchboard.v1.Ack.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; config?: null; command?: null; result?: null; event?: null; ack?: null }|{ body?: "hello"; hello: switchboard.v1.Hello.$Shape; config?: null; command?: null; result?: null; event?: null; ack?: null }|{ body?: "config"; hello?: null; config: switchboard.v1.ConfigSnapshot.$Shape; command?: null; result?: null; event?: null; ack?: null }|{ body?: "command"; hello?: null; config?: null; command: switchboard.v1.Command.$Shape; result?: null; event?: null; ack?: null }|{ body?: "result"; hello?: null; config?: null; command?: null; result: switchboard.v1.CommandResult.$Shape; event?: null; ack?: null }|{ body?: "event"; hello?: null; config?: null; command?: null; result?: null; event: switchboard.v1.Event.$Shape; ack?: null }|{ body?: "ack"; hello?: null; config?: null; command?: null; result?: null; event?: null; ack: switchboard.v1.Ack.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use switchboard.v1.Hello.$Properties instead.
         */
        interface IHello extends switchboard.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello nodeId. */
            nodeId: string;

            /** Hello role. */
            role: string;

            /** Hello protocolVersion. */
            protocolVersion: number;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: switchboard.v1.Hello.$Shape): switchboard.v1.Hello & switchboard.v1.Hello.$Shape;
            static create(properties?: switchboard.v1.Hello.$Properties): switchboard.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link switchboard.v1.Hello.verify|verify} messages.
             * @param m Hello message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Hello & switchboard.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Hello & switchboard.v1.Hello.$Shape;

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Hello
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param m Hello
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Hello, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello nodeId */
                nodeId?: (string|null);

                /** Hello role */
                role?: (string|null);

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = switchboard.v1.Hello.$Properties;
        }

        /**
         * Properties of a ConfigSnapshot.
         * @deprecated Use switchboard.v1.ConfigSnapshot.$Properties instead.
         */
        interface IConfigSnapshot extends switchboard.v1.ConfigSnapshot.$Properties {
        }

        /** Represents a ConfigSnapshot. */
        class ConfigSnapshot {

            /**
             * Constructs a new ConfigSnapshot.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.ConfigSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigSnapshot version. */
            version: number;

            /** ConfigSnapshot tenants. */
            tenants: switchboard.v1.TenantConfig.$Properties[];

            /**
             * Creates a new ConfigSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigSnapshot instance
             */
            static create(properties: switchboard.v1.ConfigSnapshot.$Shape): switchboard.v1.ConfigSnapshot & switchboard.v1.ConfigSnapshot.$Shape;
            static create(properties?: switchboard.v1.ConfigSnapshot.$Properties): switchboard.v1.ConfigSnapshot;

            /**
             * Encodes the specified ConfigSnapshot message. Does not implicitly {@link switchboard.v1.ConfigSnapshot.verify|verify} messages.
             * @param m ConfigSnapshot message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.ConfigSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigSnapshot message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.ConfigSnapshot & switchboard.v1.ConfigSnapshot.$Shape} ConfigSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.ConfigSnapshot & switchboard.v1.ConfigSnapshot.$Shape;

            /**
             * Creates a ConfigSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ConfigSnapshot
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.ConfigSnapshot;

            /**
             * Creates a plain object from a ConfigSnapshot message. Also converts values to other types if specified.
             * @param m ConfigSnapshot
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.ConfigSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigSnapshot {

            /** Properties of a ConfigSnapshot. */
            interface $Properties {

                /** ConfigSnapshot version */
                version?: (number|null);

                /** ConfigSnapshot tenants */
                tenants?: (switchboard.v1.TenantConfig.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigSnapshot. */
            type $Shape = switchboard.v1.ConfigSnapshot.$Properties;
        }

        /**
         * Properties of a TenantConfig.
         * @deprecated Use switchboard.v1.TenantConfig.$Properties instead.
         */
        interface ITenantConfig extends switchboard.v1.TenantConfig.$Properties {
        }

        /** Represents a TenantConfig. */
        class TenantConfig {

            /**
             * Constructs a new TenantConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.TenantConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TenantConfig id. */
            id: string;

            /** TenantConfig name. */
            name: string;

            /** TenantConfig sipDomains. */
            sipDomains: string[];

            /** TenantConfig dids. */
            dids: switchboard.v1.DidConfig.$Properties[];

            /** TenantConfig queues. */
            queues: switchboard.v1.QueueConfig.$Properties[];

            /** TenantConfig agents. */
            agents: switchboard.v1.AgentConfig.$Properties[];

            /** TenantConfig recording. */
            recording: switchboard.v1.RecordingPolicy;

            /** TenantConfig maxConcurrentCalls. */
            maxConcurrentCalls: number;

            /** TenantConfig maxCps. */
            maxCps: number;

            /** TenantConfig flows. */
            flows: switchboard.v1.FlowConfig.$Properties[];

            /** TenantConfig prompts. */
            prompts: switchboard.v1.PromptConfig.$Properties[];

            /** TenantConfig numberLists. */
            numberLists: switchboard.v1.NumberListEntry.$Properties[];

            /** TenantConfig trunks. */
            trunks: switchboard.v1.TrunkConfig.$Properties[];

            /**
             * Creates a new TenantConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TenantConfig instance
             */
            static create(properties: switchboard.v1.TenantConfig.$Shape): switchboard.v1.TenantConfig & switchboard.v1.TenantConfig.$Shape;
            static create(properties?: switchboard.v1.TenantConfig.$Properties): switchboard.v1.TenantConfig;

            /**
             * Encodes the specified TenantConfig message. Does not implicitly {@link switchboard.v1.TenantConfig.verify|verify} messages.
             * @param m TenantConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.TenantConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TenantConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.TenantConfig & switchboard.v1.TenantConfig.$Shape} TenantConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.TenantConfig & switchboard.v1.TenantConfig.$Shape;

            /**
             * Creates a TenantConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TenantConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.TenantConfig;

            /**
             * Creates a plain object from a TenantConfig message. Also converts values to other types if specified.
             * @param m TenantConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.TenantConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TenantConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TenantConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TenantConfig {

            /** Properties of a TenantConfig. */
            interface $Properties {

                /** TenantConfig id */
                id?: (string|null);

                /** TenantConfig name */
                name?: (string|null);

                /** TenantConfig sipDomains */
                sipDomains?: (string[]|null);

                /** TenantConfig dids */
                dids?: (switchboard.v1.DidConfig.$Properties[]|null);

                /** TenantConfig queues */
                queues?: (switchboard.v1.QueueConfig.$Properties[]|null);

                /** TenantConfig agents */
                agents?: (switchboard.v1.AgentConfig.$Properties[]|null);

                /** TenantConfig recording */
                recording?: (switchboard.v1.RecordingPolicy|null);

                /** TenantConfig maxConcurrentCalls */
                maxConcurrentCalls?: (number|null);

                /** TenantConfig maxCps */
                maxCps?: (number|null);

                /** TenantConfig flows */
                flows?: (switchboard.v1.FlowConfig.$Properties[]|null);

                /** TenantConfig prompts */
                prompts?: (switchboard.v1.PromptConfig.$Properties[]|null);

                /** TenantConfig numberLists */
                numberLists?: (switchboard.v1.NumberListEntry.$Properties[]|null);

                /** TenantConfig trunks */
                trunks?: (switchboard.v1.TrunkConfig.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TenantConfig. */
            type $Shape = switchboard.v1.TenantConfig.$Properties;
        }

        /**
         * Properties of a TrunkConfig.
         * @deprecated Use switchboard.v1.TrunkConfig.$Properties instead.
         */
        interface ITrunkConfig extends switchboard.v1.TrunkConfig.$Properties {
        }

        /** Represents a TrunkConfig. */
        class TrunkConfig {

            /**
             * Constructs a new TrunkConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.TrunkConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrunkConfig id. */
            id: string;

            /** TrunkConfig name. */
            name: string;

            /** TrunkConfig host. */
            host: string;

            /** TrunkConfig port. */
            port: number;

            /** TrunkConfig transport. */
            transport: string;

            /** TrunkConfig username. */
            username: string;

            /** TrunkConfig password. */
            password: string;

            /** TrunkConfig callerId. */
            callerId: string;

            /** TrunkConfig maxChannels. */
            maxChannels: number;

            /** TrunkConfig register. */
            register: boolean;

            /** TrunkConfig registerExpires. */
            registerExpires: number;

            /** TrunkConfig inboundSources. */
            inboundSources: string[];

            /** TrunkConfig maxCps. */
            maxCps: number;

            /**
             * Creates a new TrunkConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrunkConfig instance
             */
            static create(properties: switchboard.v1.TrunkConfig.$Shape): switchboard.v1.TrunkConfig & switchboard.v1.TrunkConfig.$Shape;
            static create(properties?: switchboard.v1.TrunkConfig.$Properties): switchboard.v1.TrunkConfig;

            /**
             * Encodes the specified TrunkConfig message. Does not implicitly {@link switchboard.v1.TrunkConfig.verify|verify} messages.
             * @param m TrunkConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.TrunkConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrunkConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.TrunkConfig & switchboard.v1.TrunkConfig.$Shape} TrunkConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.TrunkConfig & switchboard.v1.TrunkConfig.$Shape;

            /**
             * Creates a TrunkConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TrunkConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.TrunkConfig;

            /**
             * Creates a plain object from a TrunkConfig message. Also converts values to other types if specified.
             * @param m TrunkConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.TrunkConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrunkConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrunkConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrunkConfig {

            /** Properties of a TrunkConfig. */
            interface $Properties {

                /** TrunkConfig id */
                id?: (string|null);

                /** TrunkConfig name */
                name?: (string|null);

                /** TrunkConfig host */
                host?: (string|null);

                /** TrunkConfig port */
                port?: (number|null);

                /** TrunkConfig transport */
                transport?: (string|null);

                /** TrunkConfig username */
                username?: (string|null);

                /** TrunkConfig password */
                password?: (string|null);

                /** TrunkConfig callerId */
                callerId?: (string|null);

                /** TrunkConfig maxChannels */
                maxChannels?: (number|null);

                /** TrunkConfig register */
                register?: (boolean|null);

                /** TrunkConfig registerExpires */
                registerExpires?: (number|null);

                /** TrunkConfig inboundSources */
                inboundSources?: (string[]|null);

                /** TrunkConfig maxCps */
                maxCps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrunkConfig. */
            type $Shape = switchboard.v1.TrunkConfig.$Properties;
        }

        /**
         * Properties of a NumberListEntry.
         * @deprecated Use switchboard.v1.NumberListEntry.$Properties instead.
         */
        interface INumberListEntry extends switchboard.v1.NumberListEntry.$Properties {
        }

        /** Represents a NumberListEntry. */
        class NumberListEntry {

            /**
             * Constructs a new NumberListEntry.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.NumberListEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NumberListEntry kind. */
            kind: string;

            /** NumberListEntry number. */
            number: string;

            /** NumberListEntry extension. */
            extension: string;

            /** NumberListEntry expiresMs. */
            expiresMs: number;

            /**
             * Creates a new NumberListEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NumberListEntry instance
             */
            static create(properties: switchboard.v1.NumberListEntry.$Shape): switchboard.v1.NumberListEntry & switchboard.v1.NumberListEntry.$Shape;
            static create(properties?: switchboard.v1.NumberListEntry.$Properties): switchboard.v1.NumberListEntry;

            /**
             * Encodes the specified NumberListEntry message. Does not implicitly {@link switchboard.v1.NumberListEntry.verify|verify} messages.
             * @param m NumberListEntry message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.NumberListEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NumberListEntry message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.NumberListEntry & switchboard.v1.NumberListEntry.$Shape} NumberListEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.NumberListEntry & switchboard.v1.NumberListEntry.$Shape;

            /**
             * Creates a NumberListEntry message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NumberListEntry
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.NumberListEntry;

            /**
             * Creates a plain object from a NumberListEntry message. Also converts values to other types if specified.
             * @param m NumberListEntry
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.NumberListEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NumberListEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NumberListEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NumberListEntry {

            /** Properties of a NumberListEntry. */
            interface $Properties {

                /** NumberListEntry kind */
                kind?: (string|null);

                /** NumberListEntry number */
                number?: (string|null);

                /** NumberListEntry extension */
                extension?: (string|null);

                /** NumberListEntry expiresMs */
                expiresMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NumberListEntry. */
            type $Shape = switchboard.v1.NumberListEntry.$Properties;
        }

        /**
         * Properties of a FlowConfig.
         * @deprecated Use switchboard.v1.FlowConfig.$Properties instead.
         */
        interface IFlowConfig extends switchboard.v1.FlowConfig.$Properties {
        }

        /** Represents a FlowConfig. */
        class FlowConfig {

            /**
             * Constructs a new FlowConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.FlowConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlowConfig id. */
            id: string;

            /** FlowConfig version. */
            version: number;

            /** FlowConfig definition. */
            definition: string;

            /**
             * Creates a new FlowConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowConfig instance
             */
            static create(properties: switchboard.v1.FlowConfig.$Shape): switchboard.v1.FlowConfig & switchboard.v1.FlowConfig.$Shape;
            static create(properties?: switchboard.v1.FlowConfig.$Properties): switchboard.v1.FlowConfig;

            /**
             * Encodes the specified FlowConfig message. Does not implicitly {@link switchboard.v1.FlowConfig.verify|verify} messages.
             * @param m FlowConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.FlowConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.FlowConfig & switchboard.v1.FlowConfig.$Shape} FlowConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.FlowConfig & switchboard.v1.FlowConfig.$Shape;

            /**
             * Creates a FlowConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FlowConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.FlowConfig;

            /**
             * Creates a plain object from a FlowConfig message. Also converts values to other types if specified.
             * @param m FlowConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.FlowConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlowConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlowConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowConfig {

            /** Properties of a FlowConfig. */
            interface $Properties {

                /** FlowConfig id */
                id?: (string|null);

                /** FlowConfig version */
                version?: (number|null);

                /** FlowConfig definition */
                definition?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowConfig. */
            type $Shape = switchboard.v1.FlowConfig.$Properties;
        }

        /**
         * Properties of a PromptConfig.
         * @deprecated Use switchboard.v1.PromptConfig.$Properties instead.
         */
        interface IPromptConfig extends switchboard.v1.PromptConfig.$Properties {
        }

        /** Represents a PromptConfig. */
        class PromptConfig {

            /**
             * Constructs a new PromptConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.PromptConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PromptConfig name. */
            name: string;

            /** PromptConfig kind. */
            kind: string;

            /** PromptConfig voice. */
            voice: string;

            /** PromptConfig text. */
            text: string;

            /** PromptConfig file. */
            file: string;

            /**
             * Creates a new PromptConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PromptConfig instance
             */
            static create(properties: switchboard.v1.PromptConfig.$Shape): switchboard.v1.PromptConfig & switchboard.v1.PromptConfig.$Shape;
            static create(properties?: switchboard.v1.PromptConfig.$Properties): switchboard.v1.PromptConfig;

            /**
             * Encodes the specified PromptConfig message. Does not implicitly {@link switchboard.v1.PromptConfig.verify|verify} messages.
             * @param m PromptConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.PromptConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PromptConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.PromptConfig & switchboard.v1.PromptConfig.$Shape} PromptConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.PromptConfig & switchboard.v1.PromptConfig.$Shape;

            /**
             * Creates a PromptConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PromptConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.PromptConfig;

            /**
             * Creates a plain object from a PromptConfig message. Also converts values to other types if specified.
             * @param m PromptConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.PromptConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PromptConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PromptConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PromptConfig {

            /** Properties of a PromptConfig. */
            interface $Properties {

                /** PromptConfig name */
                name?: (string|null);

                /** PromptConfig kind */
                kind?: (string|null);

                /** PromptConfig voice */
                voice?: (string|null);

                /** PromptConfig text */
                text?: (string|null);

                /** PromptConfig file */
                file?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PromptConfig. */
            type $Shape = switchboard.v1.PromptConfig.$Properties;
        }

        /** RecordingPolicy enum. */
        enum RecordingPolicy {

            /** RECORDING_ALWAYS value */
            RECORDING_ALWAYS = 0,

            /** RECORDING_NEVER value */
            RECORDING_NEVER = 1,

            /** RECORDING_ON_DEMAND value */
            RECORDING_ON_DEMAND = 2
        }

        /**
         * Properties of a DidConfig.
         * @deprecated Use switchboard.v1.DidConfig.$Properties instead.
         */
        interface IDidConfig extends switchboard.v1.DidConfig.$Properties {
        }

        /** Represents a DidConfig. */
        class DidConfig {

            /**
             * Constructs a new DidConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.DidConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DidConfig number. */
            number: string;

            /** DidConfig queueId. */
            queueId: string;

            /** DidConfig flowId. */
            flowId: string;

            /**
             * Creates a new DidConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DidConfig instance
             */
            static create(properties: switchboard.v1.DidConfig.$Shape): switchboard.v1.DidConfig & switchboard.v1.DidConfig.$Shape;
            static create(properties?: switchboard.v1.DidConfig.$Properties): switchboard.v1.DidConfig;

            /**
             * Encodes the specified DidConfig message. Does not implicitly {@link switchboard.v1.DidConfig.verify|verify} messages.
             * @param m DidConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.DidConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DidConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.DidConfig & switchboard.v1.DidConfig.$Shape} DidConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.DidConfig & switchboard.v1.DidConfig.$Shape;

            /**
             * Creates a DidConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DidConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.DidConfig;

            /**
             * Creates a plain object from a DidConfig message. Also converts values to other types if specified.
             * @param m DidConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.DidConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DidConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DidConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DidConfig {

            /** Properties of a DidConfig. */
            interface $Properties {

                /** DidConfig number */
                number?: (string|null);

                /** DidConfig queueId */
                queueId?: (string|null);

                /** DidConfig flowId */
                flowId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DidConfig. */
            type $Shape = switchboard.v1.DidConfig.$Properties;
        }

        /**
         * Properties of a QueueConfig.
         * @deprecated Use switchboard.v1.QueueConfig.$Properties instead.
         */
        interface IQueueConfig extends switchboard.v1.QueueConfig.$Properties {
        }

        /** Represents a QueueConfig. */
        class QueueConfig {

            /**
             * Constructs a new QueueConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.QueueConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueConfig id. */
            id: string;

            /** QueueConfig name. */
            name: string;

            /** QueueConfig strategy. */
            strategy: string;

            /** QueueConfig ringTimeoutS. */
            ringTimeoutS: number;

            /** QueueConfig wrapupS. */
            wrapupS: number;

            /** QueueConfig maxWaitS. */
            maxWaitS: number;

            /** QueueConfig maxLength. */
            maxLength: number;

            /** QueueConfig requiredSkills. */
            requiredSkills: string[];

            /** QueueConfig slTargetS. */
            slTargetS: number;

            /** QueueConfig announceEveryS. */
            announceEveryS: number;

            /** QueueConfig announceLang. */
            announceLang: string;

            /**
             * Creates a new QueueConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueConfig instance
             */
            static create(properties: switchboard.v1.QueueConfig.$Shape): switchboard.v1.QueueConfig & switchboard.v1.QueueConfig.$Shape;
            static create(properties?: switchboard.v1.QueueConfig.$Properties): switchboard.v1.QueueConfig;

            /**
             * Encodes the specified QueueConfig message. Does not implicitly {@link switchboard.v1.QueueConfig.verify|verify} messages.
             * @param m QueueConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.QueueConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.QueueConfig & switchboard.v1.QueueConfig.$Shape} QueueConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.QueueConfig & switchboard.v1.QueueConfig.$Shape;

            /**
             * Creates a QueueConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns QueueConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.QueueConfig;

            /**
             * Creates a plain object from a QueueConfig message. Also converts values to other types if specified.
             * @param m QueueConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.QueueConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueConfig {

            /** Properties of a QueueConfig. */
            interface $Properties {

                /** QueueConfig id */
                id?: (string|null);

                /** QueueConfig name */
                name?: (string|null);

                /** QueueConfig strategy */
                strategy?: (string|null);

                /** QueueConfig ringTimeoutS */
                ringTimeoutS?: (number|null);

                /** QueueConfig wrapupS */
                wrapupS?: (number|null);

                /** QueueConfig maxWaitS */
                maxWaitS?: (number|null);

                /** QueueConfig maxLength */
                maxLength?: (number|null);

                /** QueueConfig requiredSkills */
                requiredSkills?: (string[]|null);

                /** QueueConfig slTargetS */
                slTargetS?: (number|null);

                /** QueueConfig announceEveryS */
                announceEveryS?: (number|null);

                /** QueueConfig announceLang */
                announceLang?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueConfig. */
            type $Shape = switchboard.v1.QueueConfig.$Properties;
        }

        /**
         * Properties of an AgentConfig.
         * @deprecated Use switchboard.v1.AgentConfig.$Properties instead.
         */
        interface IAgentConfig extends switchboard.v1.AgentConfig.$Properties {
        }

        /** Represents an AgentConfig. */
        class AgentConfig {

            /**
             * Constructs a new AgentConfig.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.AgentConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentConfig id. */
            id: string;

            /** AgentConfig jobNumber. */
            jobNumber: string;

            /** AgentConfig extension. */
            extension: string;

            /** AgentConfig ha1Md5. */
            ha1Md5: string;

            /** AgentConfig ha1Sha256. */
            ha1Sha256: string;

            /** AgentConfig displayName. */
            displayName: string;

            /** AgentConfig queueIds. */
            queueIds: string[];

            /** AgentConfig skills. */
            skills: switchboard.v1.Skill.$Properties[];

            /** AgentConfig maxConcurrent. */
            maxConcurrent: number;

            /**
             * Creates a new AgentConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentConfig instance
             */
            static create(properties: switchboard.v1.AgentConfig.$Shape): switchboard.v1.AgentConfig & switchboard.v1.AgentConfig.$Shape;
            static create(properties?: switchboard.v1.AgentConfig.$Properties): switchboard.v1.AgentConfig;

            /**
             * Encodes the specified AgentConfig message. Does not implicitly {@link switchboard.v1.AgentConfig.verify|verify} messages.
             * @param m AgentConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.AgentConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentConfig & switchboard.v1.AgentConfig.$Shape} AgentConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.AgentConfig & switchboard.v1.AgentConfig.$Shape;

            /**
             * Creates an AgentConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AgentConfig
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.AgentConfig;

            /**
             * Creates a plain object from an AgentConfig message. Also converts values to other types if specified.
             * @param m AgentConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.AgentConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentConfig {

            /** Properties of an AgentConfig. */
            interface $Properties {

                /** AgentConfig id */
                id?: (string|null);

                /** AgentConfig jobNumber */
                jobNumber?: (string|null);

                /** AgentConfig extension */
                extension?: (string|null);

                /** AgentConfig ha1Md5 */
                ha1Md5?: (string|null);

                /** AgentConfig ha1Sha256 */
                ha1Sha256?: (string|null);

                /** AgentConfig displayName */
                displayName?: (string|null);

                /** AgentConfig queueIds */
                queueIds?: (string[]|null);

                /** AgentConfig skills */
                skills?: (switchboard.v1.Skill.$Properties[]|null);

                /** AgentConfig maxConcurrent */
                maxConcurrent?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentConfig. */
            type $Shape = switchboard.v1.AgentConfig.$Properties;
        }

        /**
         * Properties of a Skill.
         * @deprecated Use switchboard.v1.Skill.$Properties instead.
         */
        interface ISkill extends switchboard.v1.Skill.$Properties {
        }

        /** Represents a Skill. */
        class Skill {

            /**
             * Constructs a new Skill.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Skill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Skill name. */
            name: string;

            /** Skill level. */
            level: number;

            /**
             * Creates a new Skill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Skill instance
             */
            static create(properties: switchboard.v1.Skill.$Shape): switchboard.v1.Skill & switchboard.v1.Skill.$Shape;
            static create(properties?: switchboard.v1.Skill.$Properties): switchboard.v1.Skill;

            /**
             * Encodes the specified Skill message. Does not implicitly {@link switchboard.v1.Skill.verify|verify} messages.
             * @param m Skill message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Skill.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Skill message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Skill & switchboard.v1.Skill.$Shape} Skill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Skill & switchboard.v1.Skill.$Shape;

            /**
             * Creates a Skill message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Skill
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Skill;

            /**
             * Creates a plain object from a Skill message. Also converts values to other types if specified.
             * @param m Skill
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Skill, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Skill to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Skill
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Skill {

            /** Properties of a Skill. */
            interface $Properties {

                /** Skill name */
                name?: (string|null);

                /** Skill level */
                level?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Skill. */
            type $Shape = switchboard.v1.Skill.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use switchboard.v1.Command.$Properties instead.
         */
        interface ICommand extends switchboard.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command agentSetState. */
            agentSetState?: (switchboard.v1.AgentSetState.$Properties|null);

            /** Command hangup. */
            hangup?: (switchboard.v1.Hangup.$Properties|null);

            /** Command originate. */
            originate?: (switchboard.v1.Originate.$Properties|null);

            /** Command snapshot. */
            snapshot?: (switchboard.v1.SnapshotRequest.$Properties|null);

            /** Command recording. */
            recording?: (switchboard.v1.RecordingControl.$Properties|null);

            /** Command monitor. */
            monitor?: (switchboard.v1.Monitor.$Properties|null);

            /** Command webrtcOffer. */
            webrtcOffer?: (switchboard.v1.WebRtcOffer.$Properties|null);

            /** Command webrtcBye. */
            webrtcBye?: (switchboard.v1.WebRtcBye.$Properties|null);

            /** Command answerCall. */
            answerCall?: (switchboard.v1.AnswerCall.$Properties|null);

            /** Command holdCall. */
            holdCall?: (switchboard.v1.HoldCall.$Properties|null);

            /** Command transferCall. */
            transferCall?: (switchboard.v1.TransferCall.$Properties|null);

            /** Command consultCall. */
            consultCall?: (switchboard.v1.ConsultCall.$Properties|null);

            /** Command cmd. */
            cmd?: ("agentSetState"|"hangup"|"originate"|"snapshot"|"recording"|"monitor"|"webrtcOffer"|"webrtcBye"|"answerCall"|"holdCall"|"transferCall"|"consultCall");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: switchboard.v1.Command.$Shape): switchboard.v1.Command & switchboard.v1.Command.$Shape;
            static create(properties?: switchboard.v1.Command.$Properties): switchboard.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link switchboard.v1.Command.verify|verify} messages.
             * @param m Command message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Command & switchboard.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Command & switchboard.v1.Command.$Shape;

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Command
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param m Command
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command agentSetState */
                agentSetState?: (switchboard.v1.AgentSetState.$Properties|null);

                /** Command hangup */
                hangup?: (switchboard.v1.Hangup.$Properties|null);

                /** Command originate */
                originate?: (switchboard.v1.Originate.$Properties|null);

                /** Command snapshot */
                snapshot?: (switchboard.v1.SnapshotRequest.$Properties|null);

                /** Command recording */
                recording?: (switchboard.v1.RecordingControl.$Properties|null);

                /** Command monitor */
                monitor?: (switchboard.v1.Monitor.$Properties|null);

                /** Command webrtcOffer */
                webrtcOffer?: (switchboard.v1.WebRtcOffer.$Properties|null);

                /** Command webrtcBye */
                webrtcBye?: (switchboard.v1.WebRtcBye.$Properties|null);

                /** Command answerCall */
                answerCall?: (switchboard.v1.AnswerCall.$Properties|null);

                /** Command holdCall */
                holdCall?: (switchboard.v1.HoldCall.$Properties|null);

                /** Command transferCall */
                transferCall?: (switchboard.v1.TransferCall.$Properties|null);

                /** Command consultCall */
                consultCall?: (switchboard.v1.ConsultCall.$Properties|null);

                /** Command cmd */
                cmd?: ("agentSetState"|"hangup"|"originate"|"snapshot"|"recording"|"monitor"|"webrtcOffer"|"webrtcBye"|"answerCall"|"holdCall"|"transferCall"|"consultCall");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              agentSetState?: switchboard.v1.AgentSetState.$Shape|null;
              hangup?: switchboard.v1.Hangup.$Shape|null;
              originate?: switchboard.v1.Originate.$Shape|null;
              snapshot?: switchboard.v1.SnapshotRequest.$Shape|null;
              recording?: switchboard.v1.RecordingControl.$Shape|null;
              monitor?: switchboard.v1.Monitor.$Shape|null;
              webrtcOffer?: switchboard.v1.WebRtcOffer.$Shape|null;
              webrtcBye?: switchboard.v1.WebRtcBye.$Shape|null;
              answerCall?: switchboard.v1.AnswerCall.$Shape|null;
              holdCall?: switchboard.v1.HoldCall.$Shape|null;
              transferCall?: switchboard.v1.TransferCall.$Shape|null;
              consultCall?: switchboard.v1.ConsultCall.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ cmd?: undefined; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "agentSetState"; agentSetState: switchboard.v1.AgentSetState.$Shape; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "hangup"; agentSetState?: null; hangup: switchboard.v1.Hangup.$Shape; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "originate"; agentSetState?: null; hangup?: null; originate: switchboard.v1.Originate.$Shape; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "snapshot"; agentSetState?: null; hangup?: null; originate?: null; snapshot: switchboard.v1.SnapshotRequest.$Shape; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "recording"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording: switchboard.v1.RecordingControl.$Shape; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "monitor"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor: switchboard.v1.Monitor.$Shape; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "webrtcOffer"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer: switchboard.v1.WebRtcOffer.$Shape; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "webrtcBye"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye: switchboard.v1.WebRtcBye.$Shape; answerCall?: null; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "answerCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall: switchboard.v1.AnswerCall.$Shape; holdCall?: null; transferCall?: null; consultCall?: null }|{ cmd?: "holdCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall: switchboard.v1.HoldCall.$Shape; transferCall?: null; consultCall?: null }|{ cmd?: "transferCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall: switchboard.v1.TransferCall.$Shape; consultCall?: null }|{ cmd?: "consultCall"; agentSetState?: null; hangup?: null; originate?: null; snapshot?: null; recording?: null; monitor?: null; webrtcOffer?: null; webrtcBye?: null; answerCall?: null; holdCall?: null; transferCall?: null; consultCall: switchboard.v1.ConsultCall.$Shape })
            );
        }

        /**
         * Properties of a TransferTarget.
         * @deprecated Use switchboard.v1.TransferTarget.$Properties instead.
         */
        interface ITransferTarget extends switchboard.v1.TransferTarget.$Properties {
        }

        /** Represents a TransferTarget. */
        class TransferTarget {

            /**
             * Constructs a new TransferTarget.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.TransferTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferTarget kind. */
            kind: string;

            /** TransferTarget value. */
            value: string;

            /**
             * Creates a new TransferTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferTarget instance
             */
            static create(properties: switchboard.v1.TransferTarget.$Shape): switchboard.v1.TransferTarget & switchboard.v1.TransferTarget.$Shape;
            static create(properties?: switchboard.v1.TransferTarget.$Properties): switchboard.v1.TransferTarget;

            /**
             * Encodes the specified TransferTarget message. Does not implicitly {@link switchboard.v1.TransferTarget.verify|verify} messages.
             * @param m TransferTarget message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.TransferTarget.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferTarget message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.TransferTarget & switchboard.v1.TransferTarget.$Shape} TransferTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.TransferTarget & switchboard.v1.TransferTarget.$Shape;

            /**
             * Creates a TransferTarget message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TransferTarget
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.TransferTarget;

            /**
             * Creates a plain object from a TransferTarget message. Also converts values to other types if specified.
             * @param m TransferTarget
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.TransferTarget, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferTarget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferTarget
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferTarget {

            /** Properties of a TransferTarget. */
            interface $Properties {

                /** TransferTarget kind */
                kind?: (string|null);

                /** TransferTarget value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferTarget. */
            type $Shape = switchboard.v1.TransferTarget.$Properties;
        }

        /**
         * Properties of a TransferCall.
         * @deprecated Use switchboard.v1.TransferCall.$Properties instead.
         */
        interface ITransferCall extends switchboard.v1.TransferCall.$Properties {
        }

        /** Represents a TransferCall. */
        class TransferCall {

            /**
             * Constructs a new TransferCall.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.TransferCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferCall tenantId. */
            tenantId: string;

            /** TransferCall callId. */
            callId: string;

            /** TransferCall target. */
            target?: (switchboard.v1.TransferTarget.$Properties|null);

            /**
             * Creates a new TransferCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferCall instance
             */
            static create(properties: switchboard.v1.TransferCall.$Shape): switchboard.v1.TransferCall & switchboard.v1.TransferCall.$Shape;
            static create(properties?: switchboard.v1.TransferCall.$Properties): switchboard.v1.TransferCall;

            /**
             * Encodes the specified TransferCall message. Does not implicitly {@link switchboard.v1.TransferCall.verify|verify} messages.
             * @param m TransferCall message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.TransferCall.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferCall message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.TransferCall & switchboard.v1.TransferCall.$Shape} TransferCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.TransferCall & switchboard.v1.TransferCall.$Shape;

            /**
             * Creates a TransferCall message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TransferCall
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.TransferCall;

            /**
             * Creates a plain object from a TransferCall message. Also converts values to other types if specified.
             * @param m TransferCall
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.TransferCall, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferCall {

            /** Properties of a TransferCall. */
            interface $Properties {

                /** TransferCall tenantId */
                tenantId?: (string|null);

                /** TransferCall callId */
                callId?: (string|null);

                /** TransferCall target */
                target?: (switchboard.v1.TransferTarget.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferCall. */
            type $Shape = switchboard.v1.TransferCall.$Properties;
        }

        /**
         * Properties of a ConsultCall.
         * @deprecated Use switchboard.v1.ConsultCall.$Properties instead.
         */
        interface IConsultCall extends switchboard.v1.ConsultCall.$Properties {
        }

        /** Represents a ConsultCall. */
        class ConsultCall {

            /**
             * Constructs a new ConsultCall.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.ConsultCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsultCall tenantId. */
            tenantId: string;

            /** ConsultCall callId. */
            callId: string;

            /** ConsultCall action. */
            action: string;

            /** ConsultCall target. */
            target?: (switchboard.v1.TransferTarget.$Properties|null);

            /**
             * Creates a new ConsultCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsultCall instance
             */
            static create(properties: switchboard.v1.ConsultCall.$Shape): switchboard.v1.ConsultCall & switchboard.v1.ConsultCall.$Shape;
            static create(properties?: switchboard.v1.ConsultCall.$Properties): switchboard.v1.ConsultCall;

            /**
             * Encodes the specified ConsultCall message. Does not implicitly {@link switchboard.v1.ConsultCall.verify|verify} messages.
             * @param m ConsultCall message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.ConsultCall.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsultCall message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.ConsultCall & switchboard.v1.ConsultCall.$Shape} ConsultCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.ConsultCall & switchboard.v1.ConsultCall.$Shape;

            /**
             * Creates a ConsultCall message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ConsultCall
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.ConsultCall;

            /**
             * Creates a plain object from a ConsultCall message. Also converts values to other types if specified.
             * @param m ConsultCall
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.ConsultCall, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConsultCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConsultCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsultCall {

            /** Properties of a ConsultCall. */
            interface $Properties {

                /** ConsultCall tenantId */
                tenantId?: (string|null);

                /** ConsultCall callId */
                callId?: (string|null);

                /** ConsultCall action */
                action?: (string|null);

                /** ConsultCall target */
                target?: (switchboard.v1.TransferTarget.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsultCall. */
            type $Shape = switchboard.v1.ConsultCall.$Properties;
        }

        /**
         * Properties of a WebRtcOffer.
         * @deprecated Use switchboard.v1.WebRtcOffer.$Properties instead.
         */
        interface IWebRtcOffer extends switchboard.v1.WebRtcOffer.$Properties {
        }

        /** Represents a WebRtcOffer. */
        class WebRtcOffer {

            /**
             * Constructs a new WebRtcOffer.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.WebRtcOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WebRtcOffer tenantId. */
            tenantId: string;

            /** WebRtcOffer agentId. */
            agentId: string;

            /** WebRtcOffer sdp. */
            sdp: string;

            /** WebRtcOffer resumeSessionId. */
            resumeSessionId: string;

            /**
             * Creates a new WebRtcOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WebRtcOffer instance
             */
            static create(properties: switchboard.v1.WebRtcOffer.$Shape): switchboard.v1.WebRtcOffer & switchboard.v1.WebRtcOffer.$Shape;
            static create(properties?: switchboard.v1.WebRtcOffer.$Properties): switchboard.v1.WebRtcOffer;

            /**
             * Encodes the specified WebRtcOffer message. Does not implicitly {@link switchboard.v1.WebRtcOffer.verify|verify} messages.
             * @param m WebRtcOffer message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.WebRtcOffer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WebRtcOffer message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcOffer & switchboard.v1.WebRtcOffer.$Shape} WebRtcOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.WebRtcOffer & switchboard.v1.WebRtcOffer.$Shape;

            /**
             * Creates a WebRtcOffer message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WebRtcOffer
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.WebRtcOffer;

            /**
             * Creates a plain object from a WebRtcOffer message. Also converts values to other types if specified.
             * @param m WebRtcOffer
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.WebRtcOffer, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WebRtcOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WebRtcOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WebRtcOffer {

            /** Properties of a WebRtcOffer. */
            interface $Properties {

                /** WebRtcOffer tenantId */
                tenantId?: (string|null);

                /** WebRtcOffer agentId */
                agentId?: (string|null);

                /** WebRtcOffer sdp */
                sdp?: (string|null);

                /** WebRtcOffer resumeSessionId */
                resumeSessionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WebRtcOffer. */
            type $Shape = switchboard.v1.WebRtcOffer.$Properties;
        }

        /**
         * Properties of a WebRtcBye.
         * @deprecated Use switchboard.v1.WebRtcBye.$Properties instead.
         */
        interface IWebRtcBye extends switchboard.v1.WebRtcBye.$Properties {
        }

        /** Represents a WebRtcBye. */
        class WebRtcBye {

            /**
             * Constructs a new WebRtcBye.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.WebRtcBye.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WebRtcBye tenantId. */
            tenantId: string;

            /** WebRtcBye agentId. */
            agentId: string;

            /** WebRtcBye sessionId. */
            sessionId: string;

            /** WebRtcBye reason. */
            reason: string;

            /**
             * Creates a new WebRtcBye instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WebRtcBye instance
             */
            static create(properties: switchboard.v1.WebRtcBye.$Shape): switchboard.v1.WebRtcBye & switchboard.v1.WebRtcBye.$Shape;
            static create(properties?: switchboard.v1.WebRtcBye.$Properties): switchboard.v1.WebRtcBye;

            /**
             * Encodes the specified WebRtcBye message. Does not implicitly {@link switchboard.v1.WebRtcBye.verify|verify} messages.
             * @param m WebRtcBye message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.WebRtcBye.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WebRtcBye message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcBye & switchboard.v1.WebRtcBye.$Shape} WebRtcBye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.WebRtcBye & switchboard.v1.WebRtcBye.$Shape;

            /**
             * Creates a WebRtcBye message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WebRtcBye
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.WebRtcBye;

            /**
             * Creates a plain object from a WebRtcBye message. Also converts values to other types if specified.
             * @param m WebRtcBye
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.WebRtcBye, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WebRtcBye to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WebRtcBye
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WebRtcBye {

            /** Properties of a WebRtcBye. */
            interface $Properties {

                /** WebRtcBye tenantId */
                tenantId?: (string|null);

                /** WebRtcBye agentId */
                agentId?: (string|null);

                /** WebRtcBye sessionId */
                sessionId?: (string|null);

                /** WebRtcBye reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WebRtcBye. */
            type $Shape = switchboard.v1.WebRtcBye.$Properties;
        }

        /**
         * Properties of an AnswerCall.
         * @deprecated Use switchboard.v1.AnswerCall.$Properties instead.
         */
        interface IAnswerCall extends switchboard.v1.AnswerCall.$Properties {
        }

        /** Represents an AnswerCall. */
        class AnswerCall {

            /**
             * Constructs a new AnswerCall.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.AnswerCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnswerCall tenantId. */
            tenantId: string;

            /** AnswerCall agentId. */
            agentId: string;

            /** AnswerCall callId. */
            callId: string;

            /**
             * Creates a new AnswerCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnswerCall instance
             */
            static create(properties: switchboard.v1.AnswerCall.$Shape): switchboard.v1.AnswerCall & switchboard.v1.AnswerCall.$Shape;
            static create(properties?: switchboard.v1.AnswerCall.$Properties): switchboard.v1.AnswerCall;

            /**
             * Encodes the specified AnswerCall message. Does not implicitly {@link switchboard.v1.AnswerCall.verify|verify} messages.
             * @param m AnswerCall message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.AnswerCall.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnswerCall message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.AnswerCall & switchboard.v1.AnswerCall.$Shape} AnswerCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.AnswerCall & switchboard.v1.AnswerCall.$Shape;

            /**
             * Creates an AnswerCall message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AnswerCall
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.AnswerCall;

            /**
             * Creates a plain object from an AnswerCall message. Also converts values to other types if specified.
             * @param m AnswerCall
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.AnswerCall, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnswerCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnswerCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerCall {

            /** Properties of an AnswerCall. */
            interface $Properties {

                /** AnswerCall tenantId */
                tenantId?: (string|null);

                /** AnswerCall agentId */
                agentId?: (string|null);

                /** AnswerCall callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnswerCall. */
            type $Shape = switchboard.v1.AnswerCall.$Properties;
        }

        /**
         * Properties of a HoldCall.
         * @deprecated Use switchboard.v1.HoldCall.$Properties instead.
         */
        interface IHoldCall extends switchboard.v1.HoldCall.$Properties {
        }

        /** Represents a HoldCall. */
        class HoldCall {

            /**
             * Constructs a new HoldCall.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.HoldCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HoldCall tenantId. */
            tenantId: string;

            /** HoldCall callId. */
            callId: string;

            /** HoldCall on. */
            on: boolean;

            /**
             * Creates a new HoldCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HoldCall instance
             */
            static create(properties: switchboard.v1.HoldCall.$Shape): switchboard.v1.HoldCall & switchboard.v1.HoldCall.$Shape;
            static create(properties?: switchboard.v1.HoldCall.$Properties): switchboard.v1.HoldCall;

            /**
             * Encodes the specified HoldCall message. Does not implicitly {@link switchboard.v1.HoldCall.verify|verify} messages.
             * @param m HoldCall message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.HoldCall.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HoldCall message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.HoldCall & switchboard.v1.HoldCall.$Shape} HoldCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.HoldCall & switchboard.v1.HoldCall.$Shape;

            /**
             * Creates a HoldCall message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns HoldCall
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.HoldCall;

            /**
             * Creates a plain object from a HoldCall message. Also converts values to other types if specified.
             * @param m HoldCall
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.HoldCall, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HoldCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HoldCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HoldCall {

            /** Properties of a HoldCall. */
            interface $Properties {

                /** HoldCall tenantId */
                tenantId?: (string|null);

                /** HoldCall callId */
                callId?: (string|null);

                /** HoldCall on */
                on?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HoldCall. */
            type $Shape = switchboard.v1.HoldCall.$Properties;
        }

        /**
         * Properties of a Monitor.
         * @deprecated Use switchboard.v1.Monitor.$Properties instead.
         */
        interface IMonitor extends switchboard.v1.Monitor.$Properties {
        }

        /** Represents a Monitor. */
        class Monitor {

            /**
             * Constructs a new Monitor.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Monitor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Monitor tenantId. */
            tenantId: string;

            /** Monitor callId. */
            callId: string;

            /** Monitor agentId. */
            agentId: string;

            /** Monitor mode. */
            mode: string;

            /**
             * Creates a new Monitor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Monitor instance
             */
            static create(properties: switchboard.v1.Monitor.$Shape): switchboard.v1.Monitor & switchboard.v1.Monitor.$Shape;
            static create(properties?: switchboard.v1.Monitor.$Properties): switchboard.v1.Monitor;

            /**
             * Encodes the specified Monitor message. Does not implicitly {@link switchboard.v1.Monitor.verify|verify} messages.
             * @param m Monitor message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Monitor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Monitor message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Monitor & switchboard.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Monitor & switchboard.v1.Monitor.$Shape;

            /**
             * Creates a Monitor message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Monitor
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Monitor;

            /**
             * Creates a plain object from a Monitor message. Also converts values to other types if specified.
             * @param m Monitor
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Monitor, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Monitor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Monitor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Monitor {

            /** Properties of a Monitor. */
            interface $Properties {

                /** Monitor tenantId */
                tenantId?: (string|null);

                /** Monitor callId */
                callId?: (string|null);

                /** Monitor agentId */
                agentId?: (string|null);

                /** Monitor mode */
                mode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Monitor. */
            type $Shape = switchboard.v1.Monitor.$Properties;
        }

        /** AgentStatus enum. */
        enum AgentStatus {

            /** AGENT_LOGGED_OUT value */
            AGENT_LOGGED_OUT = 0,

            /** AGENT_READY value */
            AGENT_READY = 1,

            /** AGENT_NOT_READY value */
            AGENT_NOT_READY = 2,

            /** AGENT_RESERVED value */
            AGENT_RESERVED = 3,

            /** AGENT_RINGING value */
            AGENT_RINGING = 4,

            /** AGENT_ON_CALL value */
            AGENT_ON_CALL = 5,

            /** AGENT_WRAP_UP value */
            AGENT_WRAP_UP = 6
        }

        /**
         * Properties of an AgentSetState.
         * @deprecated Use switchboard.v1.AgentSetState.$Properties instead.
         */
        interface IAgentSetState extends switchboard.v1.AgentSetState.$Properties {
        }

        /** Represents an AgentSetState. */
        class AgentSetState {

            /**
             * Constructs a new AgentSetState.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.AgentSetState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentSetState tenantId. */
            tenantId: string;

            /** AgentSetState agentId. */
            agentId: string;

            /** AgentSetState status. */
            status: switchboard.v1.AgentStatus;

            /** AgentSetState reason. */
            reason: string;

            /**
             * Creates a new AgentSetState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentSetState instance
             */
            static create(properties: switchboard.v1.AgentSetState.$Shape): switchboard.v1.AgentSetState & switchboard.v1.AgentSetState.$Shape;
            static create(properties?: switchboard.v1.AgentSetState.$Properties): switchboard.v1.AgentSetState;

            /**
             * Encodes the specified AgentSetState message. Does not implicitly {@link switchboard.v1.AgentSetState.verify|verify} messages.
             * @param m AgentSetState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.AgentSetState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentSetState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentSetState & switchboard.v1.AgentSetState.$Shape} AgentSetState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.AgentSetState & switchboard.v1.AgentSetState.$Shape;

            /**
             * Creates an AgentSetState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AgentSetState
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.AgentSetState;

            /**
             * Creates a plain object from an AgentSetState message. Also converts values to other types if specified.
             * @param m AgentSetState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.AgentSetState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentSetState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentSetState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentSetState {

            /** Properties of an AgentSetState. */
            interface $Properties {

                /** AgentSetState tenantId */
                tenantId?: (string|null);

                /** AgentSetState agentId */
                agentId?: (string|null);

                /** AgentSetState status */
                status?: (switchboard.v1.AgentStatus|null);

                /** AgentSetState reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentSetState. */
            type $Shape = switchboard.v1.AgentSetState.$Properties;
        }

        /**
         * Properties of a Hangup.
         * @deprecated Use switchboard.v1.Hangup.$Properties instead.
         */
        interface IHangup extends switchboard.v1.Hangup.$Properties {
        }

        /** Represents a Hangup. */
        class Hangup {

            /**
             * Constructs a new Hangup.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Hangup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hangup tenantId. */
            tenantId: string;

            /** Hangup callId. */
            callId: string;

            /** Hangup cause. */
            cause: string;

            /** Hangup agentId. */
            agentId: string;

            /**
             * Creates a new Hangup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hangup instance
             */
            static create(properties: switchboard.v1.Hangup.$Shape): switchboard.v1.Hangup & switchboard.v1.Hangup.$Shape;
            static create(properties?: switchboard.v1.Hangup.$Properties): switchboard.v1.Hangup;

            /**
             * Encodes the specified Hangup message. Does not implicitly {@link switchboard.v1.Hangup.verify|verify} messages.
             * @param m Hangup message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Hangup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hangup message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Hangup & switchboard.v1.Hangup.$Shape} Hangup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Hangup & switchboard.v1.Hangup.$Shape;

            /**
             * Creates a Hangup message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Hangup
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Hangup;

            /**
             * Creates a plain object from a Hangup message. Also converts values to other types if specified.
             * @param m Hangup
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Hangup, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hangup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hangup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hangup {

            /** Properties of a Hangup. */
            interface $Properties {

                /** Hangup tenantId */
                tenantId?: (string|null);

                /** Hangup callId */
                callId?: (string|null);

                /** Hangup cause */
                cause?: (string|null);

                /** Hangup agentId */
                agentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hangup. */
            type $Shape = switchboard.v1.Hangup.$Properties;
        }

        /**
         * Properties of an Originate.
         * @deprecated Use switchboard.v1.Originate.$Properties instead.
         */
        interface IOriginate extends switchboard.v1.Originate.$Properties {
        }

        /** Represents an Originate. */
        class Originate {

            /**
             * Constructs a new Originate.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Originate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Originate tenantId. */
            tenantId: string;

            /** Originate agentId. */
            agentId: string;

            /** Originate destination. */
            destination: string;

            /** Originate callerId. */
            callerId: string;

            /**
             * Creates a new Originate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Originate instance
             */
            static create(properties: switchboard.v1.Originate.$Shape): switchboard.v1.Originate & switchboard.v1.Originate.$Shape;
            static create(properties?: switchboard.v1.Originate.$Properties): switchboard.v1.Originate;

            /**
             * Encodes the specified Originate message. Does not implicitly {@link switchboard.v1.Originate.verify|verify} messages.
             * @param m Originate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Originate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Originate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Originate & switchboard.v1.Originate.$Shape} Originate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Originate & switchboard.v1.Originate.$Shape;

            /**
             * Creates an Originate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Originate
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Originate;

            /**
             * Creates a plain object from an Originate message. Also converts values to other types if specified.
             * @param m Originate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Originate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Originate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Originate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Originate {

            /** Properties of an Originate. */
            interface $Properties {

                /** Originate tenantId */
                tenantId?: (string|null);

                /** Originate agentId */
                agentId?: (string|null);

                /** Originate destination */
                destination?: (string|null);

                /** Originate callerId */
                callerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Originate. */
            type $Shape = switchboard.v1.Originate.$Properties;
        }

        /**
         * Properties of a SnapshotRequest.
         * @deprecated Use switchboard.v1.SnapshotRequest.$Properties instead.
         */
        interface ISnapshotRequest extends switchboard.v1.SnapshotRequest.$Properties {
        }

        /** Represents a SnapshotRequest. */
        class SnapshotRequest {

            /**
             * Constructs a new SnapshotRequest.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.SnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotRequest tenantId. */
            tenantId: string;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRequest instance
             */
            static create(properties: switchboard.v1.SnapshotRequest.$Shape): switchboard.v1.SnapshotRequest & switchboard.v1.SnapshotRequest.$Shape;
            static create(properties?: switchboard.v1.SnapshotRequest.$Properties): switchboard.v1.SnapshotRequest;

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link switchboard.v1.SnapshotRequest.verify|verify} messages.
             * @param m SnapshotRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.SnapshotRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.SnapshotRequest & switchboard.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.SnapshotRequest & switchboard.v1.SnapshotRequest.$Shape;

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SnapshotRequest
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.SnapshotRequest;

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @param m SnapshotRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.SnapshotRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {

            /** Properties of a SnapshotRequest. */
            interface $Properties {

                /** SnapshotRequest tenantId */
                tenantId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRequest. */
            type $Shape = switchboard.v1.SnapshotRequest.$Properties;
        }

        /**
         * Properties of a RecordingControl.
         * @deprecated Use switchboard.v1.RecordingControl.$Properties instead.
         */
        interface IRecordingControl extends switchboard.v1.RecordingControl.$Properties {
        }

        /** Represents a RecordingControl. */
        class RecordingControl {

            /**
             * Constructs a new RecordingControl.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.RecordingControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordingControl tenantId. */
            tenantId: string;

            /** RecordingControl callId. */
            callId: string;

            /** RecordingControl pause. */
            pause: boolean;

            /**
             * Creates a new RecordingControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordingControl instance
             */
            static create(properties: switchboard.v1.RecordingControl.$Shape): switchboard.v1.RecordingControl & switchboard.v1.RecordingControl.$Shape;
            static create(properties?: switchboard.v1.RecordingControl.$Properties): switchboard.v1.RecordingControl;

            /**
             * Encodes the specified RecordingControl message. Does not implicitly {@link switchboard.v1.RecordingControl.verify|verify} messages.
             * @param m RecordingControl message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.RecordingControl.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordingControl message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.RecordingControl & switchboard.v1.RecordingControl.$Shape} RecordingControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.RecordingControl & switchboard.v1.RecordingControl.$Shape;

            /**
             * Creates a RecordingControl message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RecordingControl
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.RecordingControl;

            /**
             * Creates a plain object from a RecordingControl message. Also converts values to other types if specified.
             * @param m RecordingControl
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.RecordingControl, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordingControl to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecordingControl
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordingControl {

            /** Properties of a RecordingControl. */
            interface $Properties {

                /** RecordingControl tenantId */
                tenantId?: (string|null);

                /** RecordingControl callId */
                callId?: (string|null);

                /** RecordingControl pause */
                pause?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordingControl. */
            type $Shape = switchboard.v1.RecordingControl.$Properties;
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use switchboard.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends switchboard.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult ok. */
            ok: boolean;

            /** CommandResult code. */
            code: string;

            /** CommandResult reason. */
            reason: string;

            /** CommandResult snapshot. */
            snapshot?: (switchboard.v1.Snapshot.$Properties|null);

            /** CommandResult callId. */
            callId: string;

            /** CommandResult sessionId. */
            sessionId: string;

            /** CommandResult sdp. */
            sdp: string;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: switchboard.v1.CommandResult.$Shape): switchboard.v1.CommandResult & switchboard.v1.CommandResult.$Shape;
            static create(properties?: switchboard.v1.CommandResult.$Properties): switchboard.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link switchboard.v1.CommandResult.verify|verify} messages.
             * @param m CommandResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.CommandResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.CommandResult & switchboard.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.CommandResult & switchboard.v1.CommandResult.$Shape;

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandResult
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param m CommandResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.CommandResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult ok */
                ok?: (boolean|null);

                /** CommandResult code */
                code?: (string|null);

                /** CommandResult reason */
                reason?: (string|null);

                /** CommandResult snapshot */
                snapshot?: (switchboard.v1.Snapshot.$Properties|null);

                /** CommandResult callId */
                callId?: (string|null);

                /** CommandResult sessionId */
                sessionId?: (string|null);

                /** CommandResult sdp */
                sdp?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = switchboard.v1.CommandResult.$Properties;
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use switchboard.v1.Snapshot.$Properties instead.
         */
        interface ISnapshot extends switchboard.v1.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot agents. */
            agents: switchboard.v1.AgentStateEvent.$Properties[];

            /** Snapshot calls. */
            calls: switchboard.v1.CallStateEvent.$Properties[];

            /** Snapshot queues. */
            queues: switchboard.v1.QueueStatsEvent.$Properties[];

            /** Snapshot counters. */
            counters: { [k: string]: number };

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Snapshot instance
             */
            static create(properties: switchboard.v1.Snapshot.$Shape): switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape;
            static create(properties?: switchboard.v1.Snapshot.$Properties): switchboard.v1.Snapshot;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link switchboard.v1.Snapshot.verify|verify} messages.
             * @param m Snapshot message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape;

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Snapshot
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Snapshot;

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @param m Snapshot
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Snapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Snapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot agents */
                agents?: (switchboard.v1.AgentStateEvent.$Properties[]|null);

                /** Snapshot calls */
                calls?: (switchboard.v1.CallStateEvent.$Properties[]|null);

                /** Snapshot queues */
                queues?: (switchboard.v1.QueueStatsEvent.$Properties[]|null);

                /** Snapshot counters */
                counters?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = switchboard.v1.Snapshot.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use switchboard.v1.Event.$Properties instead.
         */
        interface IEvent extends switchboard.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event outboxId. */
            outboxId: number;

            /** Event call. */
            call?: (switchboard.v1.CallStateEvent.$Properties|null);

            /** Event agent. */
            agent?: (switchboard.v1.AgentStateEvent.$Properties|null);

            /** Event cdr. */
            cdr?: (switchboard.v1.Cdr.$Properties|null);

            /** Event queue. */
            queue?: (switchboard.v1.QueueStatsEvent.$Properties|null);

            /** Event registration. */
            registration?: (switchboard.v1.RegistrationEvent.$Properties|null);

            /** Event security. */
            security?: (switchboard.v1.SecurityEvent.$Properties|null);

            /** Event webrtc. */
            webrtc?: (switchboard.v1.WebRtcSessionEvent.$Properties|null);

            /** Event ev. */
            ev?: ("call"|"agent"|"cdr"|"queue"|"registration"|"security"|"webrtc");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: switchboard.v1.Event.$Shape): switchboard.v1.Event & switchboard.v1.Event.$Shape;
            static create(properties?: switchboard.v1.Event.$Properties): switchboard.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link switchboard.v1.Event.verify|verify} messages.
             * @param m Event message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Event & switchboard.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Event & switchboard.v1.Event.$Shape;

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Event
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param m Event
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event outboxId */
                outboxId?: (number|null);

                /** Event call */
                call?: (switchboard.v1.CallStateEvent.$Properties|null);

                /** Event agent */
                agent?: (switchboard.v1.AgentStateEvent.$Properties|null);

                /** Event cdr */
                cdr?: (switchboard.v1.Cdr.$Properties|null);

                /** Event queue */
                queue?: (switchboard.v1.QueueStatsEvent.$Properties|null);

                /** Event registration */
                registration?: (switchboard.v1.RegistrationEvent.$Properties|null);

                /** Event security */
                security?: (switchboard.v1.SecurityEvent.$Properties|null);

                /** Event webrtc */
                webrtc?: (switchboard.v1.WebRtcSessionEvent.$Properties|null);

                /** Event ev */
                ev?: ("call"|"agent"|"cdr"|"queue"|"registration"|"security"|"webrtc");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              outboxId?: number|null;
              call?: switchboard.v1.CallStateEvent.$Shape|null;
              agent?: switchboard.v1.AgentStateEvent.$Shape|null;
              cdr?: switchboard.v1.Cdr.$Shape|null;
              queue?: switchboard.v1.QueueStatsEvent.$Shape|null;
              registration?: switchboard.v1.RegistrationEvent.$Shape|null;
              security?: switchboard.v1.SecurityEvent.$Shape|null;
              webrtc?: switchboard.v1.WebRtcSessionEvent.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ ev?: undefined; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "call"; call: switchboard.v1.CallStateEvent.$Shape; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "agent"; call?: null; agent: switchboard.v1.AgentStateEvent.$Shape; cdr?: null; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "cdr"; call?: null; agent?: null; cdr: switchboard.v1.Cdr.$Shape; queue?: null; registration?: null; security?: null; webrtc?: null }|{ ev?: "queue"; call?: null; agent?: null; cdr?: null; queue: switchboard.v1.QueueStatsEvent.$Shape; registration?: null; security?: null; webrtc?: null }|{ ev?: "registration"; call?: null; agent?: null; cdr?: null; queue?: null; registration: switchboard.v1.RegistrationEvent.$Shape; security?: null; webrtc?: null }|{ ev?: "security"; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security: switchboard.v1.SecurityEvent.$Shape; webrtc?: null }|{ ev?: "webrtc"; call?: null; agent?: null; cdr?: null; queue?: null; registration?: null; security?: null; webrtc: switchboard.v1.WebRtcSessionEvent.$Shape })
            );
        }

        /**
         * Properties of a WebRtcSessionEvent.
         * @deprecated Use switchboard.v1.WebRtcSessionEvent.$Properties instead.
         */
        interface IWebRtcSessionEvent extends switchboard.v1.WebRtcSessionEvent.$Properties {
        }

        /** Represents a WebRtcSessionEvent. */
        class WebRtcSessionEvent {

            /**
             * Constructs a new WebRtcSessionEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.WebRtcSessionEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WebRtcSessionEvent tenantId. */
            tenantId: string;

            /** WebRtcSessionEvent agentId. */
            agentId: string;

            /** WebRtcSessionEvent sessionId. */
            sessionId: string;

            /** WebRtcSessionEvent state. */
            state: string;

            /** WebRtcSessionEvent reason. */
            reason: string;

            /**
             * Creates a new WebRtcSessionEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WebRtcSessionEvent instance
             */
            static create(properties: switchboard.v1.WebRtcSessionEvent.$Shape): switchboard.v1.WebRtcSessionEvent & switchboard.v1.WebRtcSessionEvent.$Shape;
            static create(properties?: switchboard.v1.WebRtcSessionEvent.$Properties): switchboard.v1.WebRtcSessionEvent;

            /**
             * Encodes the specified WebRtcSessionEvent message. Does not implicitly {@link switchboard.v1.WebRtcSessionEvent.verify|verify} messages.
             * @param m WebRtcSessionEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.WebRtcSessionEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WebRtcSessionEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.WebRtcSessionEvent & switchboard.v1.WebRtcSessionEvent.$Shape} WebRtcSessionEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.WebRtcSessionEvent & switchboard.v1.WebRtcSessionEvent.$Shape;

            /**
             * Creates a WebRtcSessionEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WebRtcSessionEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.WebRtcSessionEvent;

            /**
             * Creates a plain object from a WebRtcSessionEvent message. Also converts values to other types if specified.
             * @param m WebRtcSessionEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.WebRtcSessionEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WebRtcSessionEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WebRtcSessionEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WebRtcSessionEvent {

            /** Properties of a WebRtcSessionEvent. */
            interface $Properties {

                /** WebRtcSessionEvent tenantId */
                tenantId?: (string|null);

                /** WebRtcSessionEvent agentId */
                agentId?: (string|null);

                /** WebRtcSessionEvent sessionId */
                sessionId?: (string|null);

                /** WebRtcSessionEvent state */
                state?: (string|null);

                /** WebRtcSessionEvent reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WebRtcSessionEvent. */
            type $Shape = switchboard.v1.WebRtcSessionEvent.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use switchboard.v1.Ack.$Properties instead.
         */
        interface IAck extends switchboard.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack outboxIds. */
            outboxIds: number[];

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: switchboard.v1.Ack.$Shape): switchboard.v1.Ack & switchboard.v1.Ack.$Shape;
            static create(properties?: switchboard.v1.Ack.$Properties): switchboard.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link switchboard.v1.Ack.verify|verify} messages.
             * @param m Ack message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Ack & switchboard.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Ack & switchboard.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Ack
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param m Ack
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack outboxIds */
                outboxIds?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = switchboard.v1.Ack.$Properties;
        }

        /** CallPhase enum. */
        enum CallPhase {

            /** CALL_NEW value */
            CALL_NEW = 0,

            /** CALL_QUEUED value */
            CALL_QUEUED = 1,

            /** CALL_OFFERED value */
            CALL_OFFERED = 2,

            /** CALL_ANSWERED value */
            CALL_ANSWERED = 3,

            /** CALL_ENDED value */
            CALL_ENDED = 4
        }

        /**
         * Properties of a CallStateEvent.
         * @deprecated Use switchboard.v1.CallStateEvent.$Properties instead.
         */
        interface ICallStateEvent extends switchboard.v1.CallStateEvent.$Properties {
        }

        /** Represents a CallStateEvent. */
        class CallStateEvent {

            /**
             * Constructs a new CallStateEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.CallStateEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallStateEvent tenantId. */
            tenantId: string;

            /** CallStateEvent callId. */
            callId: string;

            /** CallStateEvent phase. */
            phase: switchboard.v1.CallPhase;

            /** CallStateEvent caller. */
            caller: string;

            /** CallStateEvent callee. */
            callee: string;

            /** CallStateEvent queueId. */
            queueId: string;

            /** CallStateEvent agentId. */
            agentId: string;

            /** CallStateEvent tsMs. */
            tsMs: number;

            /** CallStateEvent startMs. */
            startMs: number;

            /** CallStateEvent data. */
            data: { [k: string]: string };

            /**
             * Creates a new CallStateEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallStateEvent instance
             */
            static create(properties: switchboard.v1.CallStateEvent.$Shape): switchboard.v1.CallStateEvent & switchboard.v1.CallStateEvent.$Shape;
            static create(properties?: switchboard.v1.CallStateEvent.$Properties): switchboard.v1.CallStateEvent;

            /**
             * Encodes the specified CallStateEvent message. Does not implicitly {@link switchboard.v1.CallStateEvent.verify|verify} messages.
             * @param m CallStateEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.CallStateEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallStateEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.CallStateEvent & switchboard.v1.CallStateEvent.$Shape} CallStateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.CallStateEvent & switchboard.v1.CallStateEvent.$Shape;

            /**
             * Creates a CallStateEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CallStateEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.CallStateEvent;

            /**
             * Creates a plain object from a CallStateEvent message. Also converts values to other types if specified.
             * @param m CallStateEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.CallStateEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallStateEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallStateEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallStateEvent {

            /** Properties of a CallStateEvent. */
            interface $Properties {

                /** CallStateEvent tenantId */
                tenantId?: (string|null);

                /** CallStateEvent callId */
                callId?: (string|null);

                /** CallStateEvent phase */
                phase?: (switchboard.v1.CallPhase|null);

                /** CallStateEvent caller */
                caller?: (string|null);

                /** CallStateEvent callee */
                callee?: (string|null);

                /** CallStateEvent queueId */
                queueId?: (string|null);

                /** CallStateEvent agentId */
                agentId?: (string|null);

                /** CallStateEvent tsMs */
                tsMs?: (number|null);

                /** CallStateEvent startMs */
                startMs?: (number|null);

                /** CallStateEvent data */
                data?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallStateEvent. */
            type $Shape = switchboard.v1.CallStateEvent.$Properties;
        }

        /**
         * Properties of an AgentStateEvent.
         * @deprecated Use switchboard.v1.AgentStateEvent.$Properties instead.
         */
        interface IAgentStateEvent extends switchboard.v1.AgentStateEvent.$Properties {
        }

        /** Represents an AgentStateEvent. */
        class AgentStateEvent {

            /**
             * Constructs a new AgentStateEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.AgentStateEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentStateEvent tenantId. */
            tenantId: string;

            /** AgentStateEvent agentId. */
            agentId: string;

            /** AgentStateEvent status. */
            status: switchboard.v1.AgentStatus;

            /** AgentStateEvent reason. */
            reason: string;

            /** AgentStateEvent sinceMs. */
            sinceMs: number;

            /** AgentStateEvent registered. */
            registered: boolean;

            /** AgentStateEvent callId. */
            callId: string;

            /**
             * Creates a new AgentStateEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentStateEvent instance
             */
            static create(properties: switchboard.v1.AgentStateEvent.$Shape): switchboard.v1.AgentStateEvent & switchboard.v1.AgentStateEvent.$Shape;
            static create(properties?: switchboard.v1.AgentStateEvent.$Properties): switchboard.v1.AgentStateEvent;

            /**
             * Encodes the specified AgentStateEvent message. Does not implicitly {@link switchboard.v1.AgentStateEvent.verify|verify} messages.
             * @param m AgentStateEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.AgentStateEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentStateEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.AgentStateEvent & switchboard.v1.AgentStateEvent.$Shape} AgentStateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.AgentStateEvent & switchboard.v1.AgentStateEvent.$Shape;

            /**
             * Creates an AgentStateEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AgentStateEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.AgentStateEvent;

            /**
             * Creates a plain object from an AgentStateEvent message. Also converts values to other types if specified.
             * @param m AgentStateEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.AgentStateEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentStateEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentStateEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentStateEvent {

            /** Properties of an AgentStateEvent. */
            interface $Properties {

                /** AgentStateEvent tenantId */
                tenantId?: (string|null);

                /** AgentStateEvent agentId */
                agentId?: (string|null);

                /** AgentStateEvent status */
                status?: (switchboard.v1.AgentStatus|null);

                /** AgentStateEvent reason */
                reason?: (string|null);

                /** AgentStateEvent sinceMs */
                sinceMs?: (number|null);

                /** AgentStateEvent registered */
                registered?: (boolean|null);

                /** AgentStateEvent callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentStateEvent. */
            type $Shape = switchboard.v1.AgentStateEvent.$Properties;
        }

        /**
         * Properties of a QueueStatsEvent.
         * @deprecated Use switchboard.v1.QueueStatsEvent.$Properties instead.
         */
        interface IQueueStatsEvent extends switchboard.v1.QueueStatsEvent.$Properties {
        }

        /** Represents a QueueStatsEvent. */
        class QueueStatsEvent {

            /**
             * Constructs a new QueueStatsEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.QueueStatsEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueStatsEvent tenantId. */
            tenantId: string;

            /** QueueStatsEvent queueId. */
            queueId: string;

            /** QueueStatsEvent waiting. */
            waiting: number;

            /** QueueStatsEvent longestWaitS. */
            longestWaitS: number;

            /** QueueStatsEvent agentsReady. */
            agentsReady: number;

            /** QueueStatsEvent agentsBusy. */
            agentsBusy: number;

            /**
             * Creates a new QueueStatsEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueStatsEvent instance
             */
            static create(properties: switchboard.v1.QueueStatsEvent.$Shape): switchboard.v1.QueueStatsEvent & switchboard.v1.QueueStatsEvent.$Shape;
            static create(properties?: switchboard.v1.QueueStatsEvent.$Properties): switchboard.v1.QueueStatsEvent;

            /**
             * Encodes the specified QueueStatsEvent message. Does not implicitly {@link switchboard.v1.QueueStatsEvent.verify|verify} messages.
             * @param m QueueStatsEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.QueueStatsEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueStatsEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.QueueStatsEvent & switchboard.v1.QueueStatsEvent.$Shape} QueueStatsEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.QueueStatsEvent & switchboard.v1.QueueStatsEvent.$Shape;

            /**
             * Creates a QueueStatsEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns QueueStatsEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.QueueStatsEvent;

            /**
             * Creates a plain object from a QueueStatsEvent message. Also converts values to other types if specified.
             * @param m QueueStatsEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.QueueStatsEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueStatsEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueStatsEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueStatsEvent {

            /** Properties of a QueueStatsEvent. */
            interface $Properties {

                /** QueueStatsEvent tenantId */
                tenantId?: (string|null);

                /** QueueStatsEvent queueId */
                queueId?: (string|null);

                /** QueueStatsEvent waiting */
                waiting?: (number|null);

                /** QueueStatsEvent longestWaitS */
                longestWaitS?: (number|null);

                /** QueueStatsEvent agentsReady */
                agentsReady?: (number|null);

                /** QueueStatsEvent agentsBusy */
                agentsBusy?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueStatsEvent. */
            type $Shape = switchboard.v1.QueueStatsEvent.$Properties;
        }

        /**
         * Properties of a RegistrationEvent.
         * @deprecated Use switchboard.v1.RegistrationEvent.$Properties instead.
         */
        interface IRegistrationEvent extends switchboard.v1.RegistrationEvent.$Properties {
        }

        /** Represents a RegistrationEvent. */
        class RegistrationEvent {

            /**
             * Constructs a new RegistrationEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.RegistrationEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistrationEvent tenantId. */
            tenantId: string;

            /** RegistrationEvent extension. */
            extension: string;

            /** RegistrationEvent contact. */
            contact: string;

            /** RegistrationEvent expires. */
            expires: number;

            /** RegistrationEvent source. */
            source: string;

            /**
             * Creates a new RegistrationEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistrationEvent instance
             */
            static create(properties: switchboard.v1.RegistrationEvent.$Shape): switchboard.v1.RegistrationEvent & switchboard.v1.RegistrationEvent.$Shape;
            static create(properties?: switchboard.v1.RegistrationEvent.$Properties): switchboard.v1.RegistrationEvent;

            /**
             * Encodes the specified RegistrationEvent message. Does not implicitly {@link switchboard.v1.RegistrationEvent.verify|verify} messages.
             * @param m RegistrationEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.RegistrationEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistrationEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.RegistrationEvent & switchboard.v1.RegistrationEvent.$Shape} RegistrationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.RegistrationEvent & switchboard.v1.RegistrationEvent.$Shape;

            /**
             * Creates a RegistrationEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RegistrationEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.RegistrationEvent;

            /**
             * Creates a plain object from a RegistrationEvent message. Also converts values to other types if specified.
             * @param m RegistrationEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.RegistrationEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistrationEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistrationEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistrationEvent {

            /** Properties of a RegistrationEvent. */
            interface $Properties {

                /** RegistrationEvent tenantId */
                tenantId?: (string|null);

                /** RegistrationEvent extension */
                extension?: (string|null);

                /** RegistrationEvent contact */
                contact?: (string|null);

                /** RegistrationEvent expires */
                expires?: (number|null);

                /** RegistrationEvent source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistrationEvent. */
            type $Shape = switchboard.v1.RegistrationEvent.$Properties;
        }

        /**
         * Properties of a SecurityEvent.
         * @deprecated Use switchboard.v1.SecurityEvent.$Properties instead.
         */
        interface ISecurityEvent extends switchboard.v1.SecurityEvent.$Properties {
        }

        /** Represents a SecurityEvent. */
        class SecurityEvent {

            /**
             * Constructs a new SecurityEvent.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.SecurityEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityEvent tenantId. */
            tenantId: string;

            /** SecurityEvent kind. */
            kind: string;

            /** SecurityEvent source. */
            source: string;

            /** SecurityEvent user. */
            user: string;

            /** SecurityEvent detail. */
            detail: string;

            /** SecurityEvent tsMs. */
            tsMs: number;

            /**
             * Creates a new SecurityEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecurityEvent instance
             */
            static create(properties: switchboard.v1.SecurityEvent.$Shape): switchboard.v1.SecurityEvent & switchboard.v1.SecurityEvent.$Shape;
            static create(properties?: switchboard.v1.SecurityEvent.$Properties): switchboard.v1.SecurityEvent;

            /**
             * Encodes the specified SecurityEvent message. Does not implicitly {@link switchboard.v1.SecurityEvent.verify|verify} messages.
             * @param m SecurityEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.SecurityEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.SecurityEvent & switchboard.v1.SecurityEvent.$Shape} SecurityEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.SecurityEvent & switchboard.v1.SecurityEvent.$Shape;

            /**
             * Creates a SecurityEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SecurityEvent
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.SecurityEvent;

            /**
             * Creates a plain object from a SecurityEvent message. Also converts values to other types if specified.
             * @param m SecurityEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.SecurityEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SecurityEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SecurityEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityEvent {

            /** Properties of a SecurityEvent. */
            interface $Properties {

                /** SecurityEvent tenantId */
                tenantId?: (string|null);

                /** SecurityEvent kind */
                kind?: (string|null);

                /** SecurityEvent source */
                source?: (string|null);

                /** SecurityEvent user */
                user?: (string|null);

                /** SecurityEvent detail */
                detail?: (string|null);

                /** SecurityEvent tsMs */
                tsMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecurityEvent. */
            type $Shape = switchboard.v1.SecurityEvent.$Properties;
        }

        /**
         * Properties of a Cdr.
         * @deprecated Use switchboard.v1.Cdr.$Properties instead.
         */
        interface ICdr extends switchboard.v1.Cdr.$Properties {
        }

        /** Represents a Cdr. */
        class Cdr {

            /**
             * Constructs a new Cdr.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.Cdr.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cdr callId. */
            callId: string;

            /** Cdr tenantId. */
            tenantId: string;

            /** Cdr sipCallId. */
            sipCallId: string;

            /** Cdr direction. */
            direction: string;

            /** Cdr caller. */
            caller: string;

            /** Cdr callee. */
            callee: string;

            /** Cdr startMs. */
            startMs: number;

            /** Cdr answerMs. */
            answerMs: number;

            /** Cdr endMs. */
            endMs: number;

            /** Cdr queueId. */
            queueId: string;

            /** Cdr queueWaitMs. */
            queueWaitMs: number;

            /** Cdr agentId. */
            agentId: string;

            /** Cdr hangupCause. */
            hangupCause: string;

            /** Cdr hangupSide. */
            hangupSide: string;

            /** Cdr recordingPath. */
            recordingPath: string;

            /** Cdr sipStatus. */
            sipStatus: number;

            /** Cdr mos. */
            mos: number;

            /** Cdr ivrFlow. */
            ivrFlow: string;

            /** Cdr ivrServed. */
            ivrServed: boolean;

            /** Cdr vars. */
            vars: { [k: string]: string };

            /** Cdr trunkId. */
            trunkId: string;

            /** Cdr customerQuality. */
            customerQuality?: (switchboard.v1.LegQuality.$Properties|null);

            /** Cdr agentQuality. */
            agentQuality?: (switchboard.v1.LegQuality.$Properties|null);

            /**
             * Creates a new Cdr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cdr instance
             */
            static create(properties: switchboard.v1.Cdr.$Shape): switchboard.v1.Cdr & switchboard.v1.Cdr.$Shape;
            static create(properties?: switchboard.v1.Cdr.$Properties): switchboard.v1.Cdr;

            /**
             * Encodes the specified Cdr message. Does not implicitly {@link switchboard.v1.Cdr.verify|verify} messages.
             * @param m Cdr message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.Cdr.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cdr message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.Cdr & switchboard.v1.Cdr.$Shape} Cdr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.Cdr & switchboard.v1.Cdr.$Shape;

            /**
             * Creates a Cdr message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Cdr
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.Cdr;

            /**
             * Creates a plain object from a Cdr message. Also converts values to other types if specified.
             * @param m Cdr
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.Cdr, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cdr to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Cdr
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cdr {

            /** Properties of a Cdr. */
            interface $Properties {

                /** Cdr callId */
                callId?: (string|null);

                /** Cdr tenantId */
                tenantId?: (string|null);

                /** Cdr sipCallId */
                sipCallId?: (string|null);

                /** Cdr direction */
                direction?: (string|null);

                /** Cdr caller */
                caller?: (string|null);

                /** Cdr callee */
                callee?: (string|null);

                /** Cdr startMs */
                startMs?: (number|null);

                /** Cdr answerMs */
                answerMs?: (number|null);

                /** Cdr endMs */
                endMs?: (number|null);

                /** Cdr queueId */
                queueId?: (string|null);

                /** Cdr queueWaitMs */
                queueWaitMs?: (number|null);

                /** Cdr agentId */
                agentId?: (string|null);

                /** Cdr hangupCause */
                hangupCause?: (string|null);

                /** Cdr hangupSide */
                hangupSide?: (string|null);

                /** Cdr recordingPath */
                recordingPath?: (string|null);

                /** Cdr sipStatus */
                sipStatus?: (number|null);

                /** Cdr mos */
                mos?: (number|null);

                /** Cdr ivrFlow */
                ivrFlow?: (string|null);

                /** Cdr ivrServed */
                ivrServed?: (boolean|null);

                /** Cdr vars */
                vars?: ({ [k: string]: string }|null);

                /** Cdr trunkId */
                trunkId?: (string|null);

                /** Cdr customerQuality */
                customerQuality?: (switchboard.v1.LegQuality.$Properties|null);

                /** Cdr agentQuality */
                agentQuality?: (switchboard.v1.LegQuality.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cdr. */
            type $Shape = switchboard.v1.Cdr.$Properties;
        }

        /**
         * Properties of a LegQuality.
         * @deprecated Use switchboard.v1.LegQuality.$Properties instead.
         */
        interface ILegQuality extends switchboard.v1.LegQuality.$Properties {
        }

        /** Represents a LegQuality. */
        class LegQuality {

            /**
             * Constructs a new LegQuality.
             * @param [p] Properties to set
             */
            constructor(p?: switchboard.v1.LegQuality.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegQuality jitterMs. */
            jitterMs: number;

            /** LegQuality lost. */
            lost: number;

            /** LegQuality lossFraction. */
            lossFraction: number;

            /** LegQuality rttMs. */
            rttMs: number;

            /** LegQuality rttSource. */
            rttSource: string;

            /**
             * Creates a new LegQuality instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegQuality instance
             */
            static create(properties: switchboard.v1.LegQuality.$Shape): switchboard.v1.LegQuality & switchboard.v1.LegQuality.$Shape;
            static create(properties?: switchboard.v1.LegQuality.$Properties): switchboard.v1.LegQuality;

            /**
             * Encodes the specified LegQuality message. Does not implicitly {@link switchboard.v1.LegQuality.verify|verify} messages.
             * @param m LegQuality message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: switchboard.v1.LegQuality.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegQuality message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {switchboard.v1.LegQuality & switchboard.v1.LegQuality.$Shape} LegQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): switchboard.v1.LegQuality & switchboard.v1.LegQuality.$Shape;

            /**
             * Creates a LegQuality message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LegQuality
             */
            static fromObject(d: { [k: string]: any }): switchboard.v1.LegQuality;

            /**
             * Creates a plain object from a LegQuality message. Also converts values to other types if specified.
             * @param m LegQuality
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: switchboard.v1.LegQuality, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegQuality to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LegQuality
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LegQuality {

            /** Properties of a LegQuality. */
            interface $Properties {

                /** LegQuality jitterMs */
                jitterMs?: (number|null);

                /** LegQuality lost */
                lost?: (number|null);

                /** LegQuality lossFraction */
                lossFraction?: (number|null);

                /** LegQuality rttMs */
                rttMs?: (number|null);

                /** LegQuality rttSource */
                rttSource?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LegQuality. */
            type $Shape = switchboard.v1.LegQuality.$Properties;
        }
    }
}
