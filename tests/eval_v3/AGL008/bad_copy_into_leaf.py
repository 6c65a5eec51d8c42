import torch

torch.manual_seed(0)
theta = torch.zeros(4, requires_grad=True)
checkpoint = {"theta": torch.tensor([0.1, -0.2, 0.3, 0.0])}


def load_state(t, state):
    t.copy_(state["theta"])  # expect: AGL008


load_state(theta, checkpoint)
(theta ** 2).sum().backward()
