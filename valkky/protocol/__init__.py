"""The robot link's wire, shared by both sides: ``messages`` (topics and the strict
codec), ``address`` (broker URLs), ``mqtt`` (paho clients set up one way) and ``broker``
(an embedded broker for the demo and tests). Nothing is imported here, so
``import valkky.protocol`` pulls in neither paho nor amqtt. The contract: docs/protocol.md.
"""
