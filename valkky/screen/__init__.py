"""The robot's screen: a touch page for the learner (``valkky run … --screen [HOST:]PORT``).

Imported only when ``--screen`` is given: it brings in Starlette and uvicorn.
"""

from valkky.screen.words import answer_prompt, direction

__all__ = ["answer_prompt", "direction"]
