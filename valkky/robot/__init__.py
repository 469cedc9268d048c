"""The robot link (shared/PROTOCOL.md) on both sides. Nothing is imported here, so
``import valkky.robot`` pulls in neither paho nor yaml.

Reading order: ``protocol`` (topics and messages) → ``hardware`` (robot.yaml,
gestures.yaml) → ``motion`` (keyframes to smooth trajectories) → ``core`` (the robot side,
pure) → ``runner`` (the core over MQTT) → ``sim`` / ``bridge`` (what technicians start;
``web`` is the simulator's view, ``drivers`` what moves) → ``link`` (the controller's side).
"""
