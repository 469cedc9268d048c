"""The robot side: what runs on the robot (or the simulator in its place). Nothing is
imported here, so ``import valkky.robot`` pulls in neither paho nor yaml.

Reading order: ``definitions`` (the body and gestures as data) → ``hardware`` (robot.yaml,
gestures.yaml) → ``motion`` (keyframes to smooth trajectories) → ``core`` (the robot side,
pure) → ``runner`` (the core over MQTT) → ``service`` → ``sim`` / ``bridge`` (what
technicians start; ``web`` is the simulator's view, ``drivers`` what moves). The wire is
``valkky.protocol``; the controller's side is ``valkky.controller``.
"""
