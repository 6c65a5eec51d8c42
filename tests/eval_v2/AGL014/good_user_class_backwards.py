import torch


class Trajectory:
    def __init__(self, points):
        self.points = points

    def backwards(self):
        return Trajectory(torch.flip(self.points, dims=[0]))

    def length(self):
        return (self.points[1:] - self.points[:-1]).norm(dim=-1).sum()


torch.manual_seed(0)
pts = torch.randn(5, 2, requires_grad=True)
path = Trajectory(pts).backwards()
path.length().backward()
print(pts.grad.shape)
