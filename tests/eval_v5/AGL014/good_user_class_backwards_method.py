import torch


class Trajectory:
    def __init__(self, states):
        self.states = states

    def backwards(self):
        return Trajectory(self.states.flip(0))


torch.manual_seed(12)
traj = Trajectory(torch.randn(5, 2))
print(traj.backwards().states.shape)
